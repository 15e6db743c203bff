// The built-in exception hierarchy (vm/types/exception_types.def), exception
// instances (args, chaining, per-class attributes such as StopIteration.value) and the
// rendering of uncaught exceptions as CPython prints them.
#include "vm/types/exception.h"

#include <unordered_set>

#include "compiler/source.h"
#include "vm/args.h"
#include "vm/code.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/function.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {

void Exception::trace(Tracer& t) const {
  t.visit(args);
  t.visit(cause);
  t.visit(context);
  t.visit(dict);
  for (const TracebackEntry& e : traceback) t.visit(e.code);
}

namespace {

// The attributes CPython derives from the arguments for some classes.
void init_exception_attributes(VM& vm, Exception* e) {
  Type* type = e->type;
  Tuple* args = e->args;
  if (is_subtype(type, vm.exc.StopIteration)) {
    e->dict = make_dict(vm);
    dict_set_str(vm, e->dict, vm.names.value, args->length > 0 ? args->item(0) : Value::none());
  } else if (is_subtype(type, vm.exc.SystemExit)) {
    e->dict = make_dict(vm);
    Value code = args->length == 0 ? Value::none() : args->length == 1 ? args->item(0) : Value::from_object(args);
    dict_set_str(vm, e->dict, vm.names.code, code);
  } else if (is_subtype(type, vm.exc.SyntaxError)) {
    e->dict = make_dict(vm);
    static const char* fields[] = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (const char* f : fields) dict_set_str(vm, e->dict, intern(vm, f), Value::none());
    if (args->length >= 1) dict_set_str(vm, e->dict, intern(vm, "msg"), args->item(0));
    if (args->length == 2 && is_tuple(args->item(1))) {
      Tuple* details = as_tuple(args->item(1));
      for (uint32_t i = 0; i < details->length && i < 6; ++i) {
        dict_set_str(vm, e->dict, intern(vm, fields[i + 1]), details->item(i));
      }
    }
  } else if (is_subtype(type, vm.exc.ImportError) || is_subtype(type, vm.exc.NameError) ||
             is_subtype(type, vm.exc.AttributeError)) {
    e->dict = make_dict(vm);
    dict_set_str(vm, e->dict, intern(vm, "name"), Value::none());
    if (is_subtype(type, vm.exc.ImportError)) {
      dict_set_str(vm, e->dict, intern(vm, "path"), Value::none());
      dict_set_str(vm, e->dict, intern(vm, "msg"), args->length > 0 ? args->item(0) : Value::none());
    }
    if (is_subtype(type, vm.exc.AttributeError)) dict_set_str(vm, e->dict, intern(vm, "obj"), Value::none());
  }
}

}  // namespace

Exception* make_exception(VM& vm, Type* type, Tuple* args) {
  Exception* e = vm.heap.make<Exception>(type, args);
  init_exception_attributes(vm, e);
  return e;
}

Exception* make_exception(VM& vm, Type* type, std::string_view message) {
  Str* s = make_str(vm, message);
  return make_exception(vm, type, make_tuple(vm, {Value::from_object(s)}));
}

bool is_exception_type(Value v) { return is_type(v) && as_type(v)->has_flag(kTypeException); }

Result exception_str(VM& vm, Exception* e) {
  Tuple* args = e->args;
  if (args->length == 0) return Value::from_object(vm.names.empty);
  if (args->length == 1) {
    // KeyError('k') prints as 'k' so that an empty-string key stays visible.
    if (isinstance(vm, Value::from_object(e), vm.exc.KeyError)) return repr(vm, args->item(0));
    return str(vm, args->item(0));
  }
  return str(vm, Value::from_object(args));
}

namespace {

Value dict_attr(VM& vm, Exception* e, const char* name) {
  if (e->dict == nullptr) return Value::null();
  return dict_get_str(e->dict, intern(vm, name));
}

// "ValueError" for built-ins and __main__, "module.Name" otherwise.
std::string qualified_type_name(VM& vm, Type* t) {
  std::string_view module = t->module ? t->module->view() : std::string_view("builtins");
  std::string_view qualname = t->qualname ? t->qualname->view() : type_name_of(t);
  if (module == "builtins" || module == "__main__") return std::string(qualname);
  return fmt::format("{}.{}", module, qualname);
}

void format_one(VM& vm, Value exc_value, std::string& out) {
  Exception* e = as_exception(exc_value);
  if (!e->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    for (size_t i = e->traceback.size(); i-- > 0;) {
      const TracebackEntry& entry = e->traceback[i];
      Code* code = entry.code;
      uint32_t line = code->line_of(entry.ip);
      out += fmt::format("  File \"{}\", line {}, in {}\n", code->filename->view(), line, code->name->view());
      if (code->source) {
        std::string_view text = code->source->line_text(line);
        size_t start = text.find_first_not_of(" \t\f");
        if (start != std::string_view::npos) {
          std::string_view shown = text.substr(start);
          while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\t')) shown.remove_suffix(1);
          out += fmt::format("    {}\n", shown);
        }
      }
    }
  }
  Type* t = e->type;
  std::string name = qualified_type_name(vm, t);
  if (isinstance(vm, exc_value, vm.exc.SyntaxError)) {
    // SyntaxError shows where in the source the error is.
    Value filename = dict_attr(vm, e, "filename");
    Value lineno = dict_attr(vm, e, "lineno");
    Value offset = dict_attr(vm, e, "offset");
    Value text = dict_attr(vm, e, "text");
    Value msg = dict_attr(vm, e, "msg");
    if (is_str(filename) && lineno.is_small_int()) {
      out += fmt::format("  File \"{}\", line {}\n", as_str(filename)->view(), lineno.as_small_int());
      if (is_str(text)) {
        std::string_view line = as_str(text)->view();
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
        size_t indent = line.find_first_not_of(" \t\f");
        if (indent == std::string_view::npos) indent = line.size();
        out += fmt::format("    {}\n", line.substr(indent));
        if (offset.is_small_int() && offset.as_small_int() > 0) {
          // Like CPython 3.11, the caret goes at the UTF-8 byte position of the
          // (character) offset, and is omitted when it falls inside the indentation.
          int64_t chars = offset.as_small_int() - 1;
          int64_t byte = 0;
          for (int64_t seen = 0; byte < static_cast<int64_t>(line.size()) && seen < chars; ++seen) {
            byte += 1;
            while (byte < static_cast<int64_t>(line.size()) && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80) ++byte;
          }
          int64_t col = byte - static_cast<int64_t>(indent);
          if (col < 0) goto no_caret;
          Value end_offset = dict_attr(vm, e, "end_offset");
          int64_t width = 1;
          Value end_lineno = dict_attr(vm, e, "end_lineno");
          if (end_offset.is_small_int() && end_lineno.is_small_int() && end_lineno.as_small_int() == lineno.as_small_int() &&
              end_offset.as_small_int() > offset.as_small_int()) {
            width = end_offset.as_small_int() - offset.as_small_int();
          }
          out += "    " + std::string(static_cast<size_t>(col), ' ') + std::string(static_cast<size_t>(width), '^') + "\n";
        }
      no_caret:;
      }
    }
    if (is_str(msg)) {
      out += fmt::format("{}: {}\n", name, as_str(msg)->view());
      return;
    }
  }
  // str() of the exception, so that a user subclass's __str__ decides the message as
  // in CPython's traceback printer.
  Result s = str(vm, exc_value);
  std::string message;
  if (s.failed()) {
    (void)vm.take_pending_exception();
    message = "<exception str() failed>";
  } else {
    message = std::string(as_str(s.value())->view());
  }
  if (message.empty()) {
    out += name + "\n";
  } else {
    out += fmt::format("{}: {}\n", name, message);
  }
  Value notes = dict_attr(vm, e, "__notes__");
  if (!notes.is_null() && is_list(notes)) {
    for (Value note : as_list(notes)->items) {
      if (is_str(note)) {
        out += fmt::format("{}\n", as_str(note)->view());
      } else {
        out += "<note str() failed>\n";
      }
    }
  }
}

void format_chain(VM& vm, Value exc_value, std::string& out, std::unordered_set<Object*>& seen) {
  seen.insert(exc_value.as_object());
  Exception* e = as_exception(exc_value);
  if (is_exception(e->cause) && !seen.count(e->cause.as_object())) {
    format_chain(vm, e->cause, out, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && is_exception(e->context) && !seen.count(e->context.as_object())) {
    format_chain(vm, e->context, out, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  format_one(vm, exc_value, out);
}

// --- the exception types ------------------------------------------------------------------------------

Result exception_repr(VM& vm, Value self) {
  Exception* e = as_exception(self);
  std::string_view name = type_name(vm, self);
  if (e->args->length == 1) {
    Value r = EDGE_TRY(repr(vm, e->args->item(0)));
    return Value::from_object(make_str(vm, fmt::format("{}({})", name, as_str(r)->view())));
  }
  Value r = EDGE_TRY(repr(vm, Value::from_object(e->args)));
  return Value::from_object(make_str(vm, fmt::format("{}{}", name, as_str(r)->view())));
}

Result exception_str_slot(VM& vm, Value self) {
  Exception* e = as_exception(self);
  if (isinstance(vm, self, vm.exc.SyntaxError)) {
    // "invalid syntax (file.py, line 3)"
    Value msg = dict_attr(vm, e, "msg");
    Value filename = dict_attr(vm, e, "filename");
    Value lineno = dict_attr(vm, e, "lineno");
    if (is_str(msg)) {
      std::string text(as_str(msg)->view());
      if (is_str(filename) && lineno.is_small_int()) {
        std::string_view file = as_str(filename)->view();
        size_t slash = file.rfind('/');
        if (slash != std::string_view::npos) file = file.substr(slash + 1);
        text += fmt::format(" ({}, line {})", file, lineno.as_small_int());
      }
      return Value::from_object(make_str(vm, text));
    }
  }
  return exception_str(vm, e);
}

Result exception_construct(VM& vm, Type* type, CallArgs args) {
  if (args.nkw() != 0) return vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", type_name_of(type));
  Tuple* t = make_tuple(vm, args.args, args.nargs);
  Exception* e = make_exception(vm, type, t);
  Value ev = Value::from_object(e);
  return ev;
}

// Subclass support: BaseException.__new__ accepts (and ignores) keywords; __init__
// rejects them and stores the positional arguments as `args`.
Result exception_new(VM& vm, Type* type, CallArgs args) {
  Tuple* t = make_tuple(vm, args.args, args.nargs);
  return Value::from_object(make_exception(vm, type, t));
}

Status exception_init(VM& vm, Value self, CallArgs args) {
  if (args.nkw() != 0) {
    return vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", type_name(vm, self));
  }
  as_exception(self)->args = make_tuple(vm, args.args, args.nargs);
  return Status::ok();
}

Result exc_get_args(VM&, Value self) { return Value::from_object(as_exception(self)->args); }
Status exc_set_args(VM& vm, Value self, Value v) {
  if (v.is_null()) return vm.raise(vm.exc.TypeError, "args may not be deleted");
  if (is_tuple(v)) {
    as_exception(self)->args = as_tuple(v);
    return Status::ok();
  }
  Value t = EDGE_TRY(call1(vm, Value::from_object(vm.types.tuple), v));
  as_exception(self)->args = as_tuple(t);
  return Status::ok();
}
Result exc_get_cause(VM&, Value self) {
  Value c = as_exception(self)->cause;
  return c.is_null() ? Value::none() : c;
}
Status exc_set_cause(VM& vm, Value self, Value v) {
  if (v.is_null() || v.is_none()) {
    as_exception(self)->cause = Value::null();
  } else if (is_exception(v)) {
    as_exception(self)->cause = v;
  } else {
    return vm.raise(vm.exc.TypeError, "exception cause must be None or derive from BaseException");
  }
  as_exception(self)->suppress_context = true;
  return Status::ok();
}
Result exc_get_context(VM&, Value self) {
  Value c = as_exception(self)->context;
  return c.is_null() ? Value::none() : c;
}
Status exc_set_context(VM& vm, Value self, Value v) {
  if (v.is_null() || v.is_none()) {
    as_exception(self)->context = Value::null();
  } else if (is_exception(v)) {
    as_exception(self)->context = v;
  } else {
    return vm.raise(vm.exc.TypeError, "exception context must be None or derive from BaseException");
  }
  return Status::ok();
}
Result exc_get_suppress(VM&, Value self) { return Value::boolean(as_exception(self)->suppress_context); }
Status exc_set_suppress(VM& vm, Value self, Value v) {
  bool b = EDGE_TRY(truthy(vm, v.is_null() ? Value::boolean(false) : v));
  as_exception(self)->suppress_context = b;
  return Status::ok();
}
Result exc_get_traceback(VM&, Value) {
  // Traceback objects are not modelled (docs/language.md); the chain is printed by
  // the VM itself.
  return Value::none();
}
Result exc_get_dict(VM& vm, Value self) { return Value::from_object(instance_dict(vm, self, true)); }

Result exc_with_traceback(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "BaseException.with_traceback", 2, 2));
  return args[0];
}

// BaseException.add_note (3.11): notes collect in the __notes__ list and are printed
// under the message in a traceback.
Result exc_add_note(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "BaseException.add_note", 2, 2));
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "note must be a str, not '{}'", type_name(vm, args[1]));
  }
  Dict* d = instance_dict(vm, args[0], true);
  Str* key = intern(vm, "__notes__");
  Value notes = dict_get_str(d, key);
  if (notes.is_null()) {
    notes = Value::from_object(make_list(vm));
    TempRoot root(vm, notes);
    EDGE_TRY(dict_set(vm, d, Value::from_object(key), notes));
  } else if (!is_list(notes)) {
    return vm.raise(vm.exc.TypeError, "Cannot add note: __notes__ is not a list");
  }
  list_append(vm, as_list(notes), args[1]);
  return Value::none();
}

const NativeMethodDef kExceptionMethods[] = {
    {"add_note", exc_add_note},
    {"with_traceback", exc_with_traceback},
    {nullptr, nullptr},
};

}  // namespace

std::string format_exception(VM& vm, Value exception) {
  std::string out;
  if (!is_exception(exception)) return "Error: a non-exception was raised\n";
  std::unordered_set<Object*> seen;
  // A user __str__ may run while the chain is formatted.
  TempRoot root(vm, exception);
  format_chain(vm, exception, out, seen);
  return out;
}

void install_exception_types(VM& vm) {
#define EXCEPTION_TYPE(name, parent)                                                                     \
  vm.exc.name = make_builtin_type(vm, #name, std::string_view(#parent) == "none" ? vm.types.object : vm.exc.parent, \
                                  ObjectKind::Exception, kTypeBaseType | kTypeException);
#define none BaseException
#include "vm/types/exception_types.def"
#undef none
#undef EXCEPTION_TYPE
  Type* base = vm.exc.BaseException;
  base->slots.repr = exception_repr;
  base->slots.str = exception_str_slot;
  base->slots.construct = exception_construct;
  base->slots.new_ = exception_new;
  base->slots.init = exception_init;
  add_methods(vm, base, kExceptionMethods);
  add_getset(vm, base, "args", exc_get_args, exc_set_args);
  add_getset(vm, base, "__cause__", exc_get_cause, exc_set_cause);
  add_getset(vm, base, "__context__", exc_get_context, exc_set_context);
  add_getset(vm, base, "__suppress_context__", exc_get_suppress, exc_set_suppress);
  add_getset(vm, base, "__traceback__", exc_get_traceback);
  add_getset(vm, base, "__dict__", exc_get_dict);
  // Subclasses created before the base's slots were set copied empty slots: refresh.
#define EXCEPTION_TYPE(name, parent) \
  if (vm.exc.name != base) vm.exc.name->slots = base->slots;
#include "vm/types/exception_types.def"
#undef EXCEPTION_TYPE
}

}  // namespace edge::vm
