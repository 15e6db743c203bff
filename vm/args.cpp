// Signature-driven argument parsing for native functions (see args.h).
#include "vm/args.h"

#include "vm/ops.h"
#include "vm/types/str.h"
#include "vm/types/type.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::vm {

Signature::Signature(const char* text) {
  std::string_view s(text);
  size_t open = s.find('(');
  function_name_ = std::string(s.substr(0, open));
  std::string_view params = s.substr(open + 1, s.rfind(')') - open - 1);
  bool keyword_only = false;
  std::vector<Param> parsed;
  size_t slash_at = SIZE_MAX;
  while (!params.empty()) {
    size_t comma = params.find(',');
    std::string_view item = params.substr(0, comma);
    params = comma == std::string_view::npos ? std::string_view() : params.substr(comma + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.empty()) continue;
    if (item == "/") {
      slash_at = parsed.size();
      continue;
    }
    if (item == "*") {
      keyword_only = true;
      continue;
    }
    Param p;
    if (item.back() == '=') {
      p.optional = true;
      item.remove_suffix(1);
    }
    p.name = std::string(item);
    p.keyword_only = keyword_only;
    parsed.push_back(std::move(p));
  }
  if (slash_at != SIZE_MAX) {
    for (size_t i = 0; i < slash_at; ++i) parsed[i].positional_only = true;
  }
  for (const Param& p : parsed) {
    if (!p.keyword_only) {
      ++max_positional_;
      if (!p.optional) ++required_positional_;
    }
    all_positional_only_ = all_positional_only_ && p.positional_only;
    has_keyword_only_ = has_keyword_only_ || p.keyword_only;
  }
  is_method_ = !parsed.empty() && (parsed[0].name == "self" || parsed[0].name == "cls");
  params_ = std::move(parsed);
}

Status parse_args(VM& vm, CallArgs args, const Signature& sig, Value* out) {
  const auto& params = sig.params();
  const char* name = sig.function_name().c_str();
  for (size_t i = 0; i < params.size(); ++i) out[i] = Value::null();
  // Methods count `self` in the signature but not in CPython's message.
  bool method = sig.is_method();
  // CPython's argument clinic checks a purely positional-only signature by position
  // alone: "get expected at least 1 argument, got 0", "insert expected 2 arguments, got
  // 1" (a single exact argument is METH_O there, with the message below instead).
  size_t shift_self = method ? 1 : 0;
  // A purely positional-only signature refuses keywords outright, naming the type for
  // methods as CPython does: "list.index() takes no keyword arguments".
  bool positional_only_sig = sig.all_positional_only() && params.size() > shift_self;
  if (positional_only_sig && args.nkw() > 0) {
    if (method && args.nargs > 0) {
      std::string_view owner = params[0].name == "cls" && is_type(args[0]) ? type_name_of(as_type(args[0]))
                                                                             : type_name(vm, args[0]);
      return vm.raise_fmt(vm.exc.TypeError, "{}.{}() takes no keyword arguments", owner, name);
    }
    return vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", name);
  }
  bool all_positional = sig.all_positional_only() &&
                        (sig.required_positional() != params.size() || params.size() - shift_self >= 2);
  if (all_positional && args.nkw() == 0 &&
      (args.nargs < sig.required_positional() || args.nargs > sig.max_positional())) {
    size_t given = args.nargs - shift_self;
    bool few = args.nargs < sig.required_positional();
    bool exact = sig.required_positional() == sig.max_positional();
    size_t bound = (few ? sig.required_positional() : sig.max_positional()) - shift_self;
    return vm.raise_fmt(vm.exc.TypeError, "{} expected {}{} argument{}, got {}", name,
                        exact ? "" : few ? "at least " : "at most ", bound, bound == 1 ? "" : "s", given);
  }
  if (args.nargs > sig.max_positional()) {
    size_t shown_max = sig.max_positional();
    if (method) --shown_max;
    size_t given = args.nargs - (method ? 1 : 0);
    if (shown_max == 0) {
      // Argument Clinic words it differently when keyword arguments are accepted
      // (list.sort(*, key, reverse)): "sort() takes no positional arguments".
      if (sig.has_keyword_only()) {
        return vm.raise_fmt(vm.exc.TypeError, "{}() takes no positional arguments", name);
      }
      return vm.raise_fmt(vm.exc.TypeError, "{}() takes no arguments ({} given)", name, given);
    }
    // With keyword-only parameters the count is of positional arguments, and CPython
    // says so (int.to_bytes(length=1, byteorder='big', *, signed=False)).
    bool has_keyword_only = sig.has_keyword_only();
    const char* noun = has_keyword_only ? "positional argument" : "argument";
    // Argument Clinic first counts every argument against all parameters:
    // "to_bytes() takes at most 3 arguments (4 given)".
    if (has_keyword_only) {
      size_t total = params.size() - (method ? 1 : 0);
      size_t given_all = given + args.nkw();
      if (given_all > total) {
        return vm.raise_fmt(vm.exc.TypeError, "{}() takes at most {} argument{} ({} given)", name, total,
                            total == 1 ? "" : "s", given_all);
      }
    }
    if (shown_max == sig.required_positional() - (method ? 1 : 0)) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() takes exactly {} {}{} ({} given)", name, shown_max, noun,
                          shown_max == 1 ? "" : "s", given);
    }
    return vm.raise_fmt(vm.exc.TypeError, "{}() takes at most {} {}{} ({} given)", name, shown_max, noun,
                        shown_max == 1 ? "" : "s", given);
  }
  for (uint32_t i = 0; i < args.nargs; ++i) out[i] = args[i];
  // Positions in messages do not count a method's `self`.
  size_t shift = shift_self;
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = as_str(args.kwnames->item(k))->view();
    bool found = false;
    for (size_t i = 0; i < params.size(); ++i) {
      if (params[i].name != key) continue;
      found = true;
      // A C function's positional-only parameter has no keyword name at all.
      if (params[i].positional_only) {
        return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for {}()", key, name);
      }
      if (!out[i].is_null()) {
        return vm.raise_fmt(vm.exc.TypeError, "argument for {}() given by name ('{}') and position ({})", name, key,
                            i + 1 - shift);
      }
      out[i] = args.args[args.nargs + k];
      break;
    }
    // CPython 3.11's C argument parsers word it this way (Python functions say "got an
    // unexpected keyword argument").
    if (!found) return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for {}()", key, name);
  }
  for (size_t i = 0; i < params.size(); ++i) {
    if (out[i].is_null() && !params[i].optional) {
      if (params[i].keyword_only) {
        return vm.raise_fmt(vm.exc.TypeError, "{}() missing required keyword-only argument: '{}'", name,
                            params[i].name);
      }
      return vm.raise_fmt(vm.exc.TypeError, "{}() missing required argument '{}' (pos {})", name, params[i].name,
                          i + 1 - shift);
    }
  }
  return Status::ok();
}

Status check_no_kwargs(VM& vm, CallArgs args, const char* function_name) {
  if (args.nkw() == 0) return Status::ok();
  return vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", function_name);
}

Status check_arg_count(VM& vm, CallArgs args, const char* function_name, uint32_t min, uint32_t max) {
  EDGE_TRY(check_no_kwargs(vm, args, function_name));
  if (args.nargs >= min && args.nargs <= max) return Status::ok();
  // Counts include `self` for methods; CPython's messages do not.
  std::string_view fname(function_name);
  bool method = fname.find('.') != std::string_view::npos;
  uint32_t shown_min = method ? min - 1 : min, shown_max = method ? max - 1 : max;
  uint32_t given = method ? args.nargs - 1 : args.nargs;
  if (shown_max == 0) return vm.raise_fmt(vm.exc.TypeError, "{}() takes no arguments ({} given)", function_name, given);
  if (shown_min == shown_max) {
    if (shown_max == 1) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() takes exactly one argument ({} given)", function_name, given);
    }
    return vm.raise_fmt(vm.exc.TypeError, "{}() takes exactly {} arguments ({} given)", function_name, shown_max, given);
  }
  if (given < shown_min) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected at least {} argument{}, got {}", function_name, shown_min,
                        shown_min == 1 ? "" : "s", given);
  }
  return vm.raise_fmt(vm.exc.TypeError, "{} expected at most {} argument{}, got {}", function_name, shown_max,
                      shown_max == 1 ? "" : "s", given);
}

}  // namespace edge::vm
