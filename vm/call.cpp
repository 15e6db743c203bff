// Binding call arguments to a Python function's parameters (Python Language
// Reference 6.3.4, "Calls"), producing the callee's frame. Error messages follow
// CPython 3.11 word for word, naming the function by its qualified name.
//
// Local slot layout: positional parameters, keyword-only parameters, then *args and
// **kwargs (if present), then other locals; cells and free variables follow.
#include <string>
#include <vector>

#include "vm/code.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/function.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::vm {
namespace {

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string quoted_name_list(const std::vector<std::string_view>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += '\'';
    out += names[i];
    out += '\'';
  }
  return out;
}

Error raise_missing(VM& vm, Function* f, const std::vector<std::string_view>& missing, const char* kind) {
  return vm.raise_fmt(vm.exc.TypeError, "{}() missing {} required {} argument{}: {}", f->qualname->view(),
                      missing.size(), kind, missing.size() == 1 ? "" : "s", quoted_name_list(missing));
}

Error raise_too_many_positional(VM& vm, Function* f, uint32_t given, uint32_t given_kwonly) {
  Code* code = f->code;
  uint32_t max = code->argcount;
  uint32_t ndefaults = f->defaults ? f->defaults->length : 0;
  uint32_t min = max - ndefaults;
  std::string takes;
  if (min < max) {
    takes = fmt::format("from {} to {} positional arguments", min, max);
  } else {
    takes = fmt::format("{} positional argument{}", max, max == 1 ? "" : "s");
  }
  std::string kwonly_note;
  if (given_kwonly > 0) {
    kwonly_note = fmt::format(" positional argument{} (and {} keyword-only argument{})", given == 1 ? "" : "s",
                              given_kwonly, given_kwonly == 1 ? "" : "s");
    return vm.raise_fmt(vm.exc.TypeError, "{}() takes {} but {}{} were given", f->qualname->view(), takes, given,
                        kwonly_note);
  }
  return vm.raise_fmt(vm.exc.TypeError, "{}() takes {} but {} {} given", f->qualname->view(), takes, given,
                      given == 1 ? "was" : "were");
}

bool same_name(Str* a, Value b) { return as_str(b) == a || str_equal(a, as_str(b)); }

}  // namespace

Fallible<Frame*> bind_arguments(VM& vm, Function* f, CallArgs args) {
  Code* code = f->code;
  Frame* frame = new_frame(vm, code, f, f->globals);
  Value* locals = frame->localsplus();
  const uint32_t argcount = code->argcount;
  const uint32_t kwonly = code->kwonlyargcount;
  const bool has_varargs = (code->flags & kCodeVarArgs) != 0;
  const bool has_varkw = (code->flags & kCodeVarKeywords) != 0;
  const uint32_t varargs_slot = argcount + kwonly;
  const uint32_t varkw_slot = varargs_slot + (has_varargs ? 1 : 0);
  uint32_t npos = args.nargs;

  auto fail = [&]() -> Fallible<Frame*> {
    free_frame(vm, frame);
    return Error{};
  };

  // Positional arguments.
  uint32_t direct = npos < argcount ? npos : argcount;
  for (uint32_t i = 0; i < direct; ++i) locals[i] = args.args[i];
  if (has_varargs) {
    uint32_t extra = npos > argcount ? npos - argcount : 0;
    locals[varargs_slot] =
        extra ? Value::from_object(make_tuple(vm, args.args + argcount, extra)) : vm.empty_tuple;
  } else if (npos > argcount) {
    uint32_t kwonly_given = 0;
    if (args.kwnames != nullptr) {
      for (uint32_t k = 0; k < args.kwnames->length; ++k) {
        for (uint32_t j = argcount; j < argcount + kwonly; ++j) {
          if (same_name(code->varnames[j], args.kwnames->item(k))) ++kwonly_given;
        }
      }
    }
    (void)raise_too_many_positional(vm, f, npos, kwonly_given);
    return fail();
  }
  Dict* kwdict = nullptr;
  if (has_varkw) {
    kwdict = make_dict(vm);
    locals[varkw_slot] = Value::from_object(kwdict);
  }

  // Keyword arguments.
  if (args.kwnames != nullptr) {
    std::vector<std::string_view> positional_only_as_keyword;
    for (uint32_t k = 0; k < args.kwnames->length; ++k) {
      Value name = args.kwnames->item(k);
      Value value = args.args[npos + k];
      uint32_t slot = UINT32_MAX;
      for (uint32_t j = code->posonlyargcount; j < argcount + kwonly; ++j) {
        if (same_name(code->varnames[j], name)) {
          slot = j;
          break;
        }
      }
      if (slot == UINT32_MAX) {
        if (kwdict != nullptr) {
          if (dict_set(vm, kwdict, name, value).failed()) return fail();
          continue;
        }
        bool is_posonly = false;
        for (uint32_t j = 0; j < code->posonlyargcount; ++j) {
          if (same_name(code->varnames[j], name)) is_posonly = true;
        }
        if (is_posonly) {
          positional_only_as_keyword.push_back(as_str(name)->view());
          continue;
        }
        (void)vm.raise_fmt(vm.exc.TypeError, "{}() got an unexpected keyword argument '{}'", f->qualname->view(),
                           as_str(name)->view());
        return fail();
      }
      if (!locals[slot].is_null()) {
        (void)vm.raise_fmt(vm.exc.TypeError, "{}() got multiple values for argument '{}'", f->qualname->view(),
                           as_str(name)->view());
        return fail();
      }
      locals[slot] = value;
    }
    if (!positional_only_as_keyword.empty()) {
      std::string list;
      for (size_t i = 0; i < positional_only_as_keyword.size(); ++i) {
        if (i) list += ", ";
        list += fmt::format("'{}'", positional_only_as_keyword[i]);
      }
      (void)vm.raise_fmt(vm.exc.TypeError, "{}() got some positional-only arguments passed as keyword arguments: {}",
                         f->qualname->view(), list);
      return fail();
    }
  }

  // Defaults for missing positional parameters.
  if (npos < argcount) {
    uint32_t ndefaults = f->defaults ? f->defaults->length : 0;
    uint32_t first_default = argcount - ndefaults;
    std::vector<std::string_view> missing;
    for (uint32_t i = npos; i < argcount; ++i) {
      if (!locals[i].is_null()) continue;
      if (i >= first_default) {
        locals[i] = f->defaults->item(i - first_default);
      } else {
        missing.push_back(code->varnames[i]->view());
      }
    }
    if (!missing.empty()) {
      (void)raise_missing(vm, f, missing, "positional");
      return fail();
    }
  }

  // Keyword-only defaults.
  if (kwonly > 0) {
    std::vector<std::string_view> missing;
    for (uint32_t i = argcount; i < argcount + kwonly; ++i) {
      if (!locals[i].is_null()) continue;
      Value d = f->kwdefaults ? dict_get_str(f->kwdefaults, code->varnames[i]) : Value::null();
      if (d.is_null()) {
        missing.push_back(code->varnames[i]->view());
      } else {
        locals[i] = d;
      }
    }
    if (!missing.empty()) {
      (void)raise_missing(vm, f, missing, "keyword-only");
      return fail();
    }
  }

  // Cells: a parameter captured by an inner function starts in its cell.
  uint32_t nlocals = code->nlocals();
  for (uint32_t i = 0; i < code->ncells(); ++i) {
    int32_t param = code->cell_param_index[i];
    Value initial = param >= 0 ? locals[param] : Value::null();
    locals[nlocals + i] = Value::from_object(vm.heap.make<Cell>(vm.types.cell, initial));
  }
  // Free variables come from the function's closure.
  uint32_t nfree = code->nfree();
  for (uint32_t i = 0; i < nfree; ++i) locals[nlocals + code->ncells() + i] = f->closure->item(i);
  return frame;
}

}  // namespace edge::vm
