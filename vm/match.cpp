// Runtime support for the match statement (see match.h). Semantics follow the Python
// Language Reference 8.6.4 (patterns) for CPython 3.11: sequence and mapping patterns
// accept the built-in sequence/mapping types and their subclasses, class patterns do
// an isinstance check and then plain attribute lookups, where AttributeError means "no
// match" rather than an error.
#include "vm/match.h"

#include <vector>

#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {

bool match_is_sequence(VM& vm, Value x) {
  Type* t = type_of(vm, x);
  return is_subtype(t, vm.types.list) || is_subtype(t, vm.types.tuple) || is_subtype(t, vm.types.range);
}

bool match_is_mapping(VM& vm, Value x) { return is_subtype(type_of(vm, x), vm.types.dict); }

Result match_keys_rpy(VM& vm, Value x, Value keys) {
  Tuple* k = as_tuple(keys);
  Dict* d = as_dict(x);  // the code generator checks MatchMapping first
  Tuple* values = make_tuple(vm, k->length);
  TempRoot root(vm, Value::from_object(values));
  // CPython looks keys up with `x.get(key, sentinel)`: a dict subclass that overrides
  // `get` sees every lookup (one that only defines __missing__ does not).
  Value getter = Value::null();
  Type* t = type_of(vm, x);
  if (t != vm.types.dict && !type_lookup(t, vm.names.get).is(type_lookup(vm.types.dict, vm.names.get))) {
    getter = EDGE_TRY(getattr(vm, x, vm.names.get));
  }
  TempRoot getter_root(vm, getter.is_null() ? Value::none() : getter);
  // The default passed to an overridden get: a fresh object no key can map to.
  Value sentinel = getter.is_null() ? Value::none() : Value::from_object(make_list(vm));
  TempRoot sentinel_root(vm, sentinel);
  std::vector<int64_t> hashes;
  for (uint32_t i = 0; i < k->length; ++i) {
    Value key = k->item(i);
    // Keys are checked for duplicates as they are looked up (so a missing key stops
    // the match before a later duplicate is noticed, as in CPython), the way a set
    // would: by hash, then equality. An unhashable key is a TypeError.
    int64_t h = EDGE_TRY(hash(vm, key));
    hashes.push_back(h);
    for (uint32_t j = 0; j < i; ++j) {
      if (hashes[j] != h) continue;
      if (EDGE_TRY(equal(vm, k->item(j), key))) {
        std::string text = EDGE_TRY(repr_string(vm, key));
        return vm.raise_fmt(vm.exc.ValueError, "mapping pattern checks duplicate key ({})", text);
      }
    }
    Value v;
    if (getter.is_null()) {
      v = EDGE_TRY(dict_get(vm, d, key));
    } else {
      v = EDGE_TRY(call2(vm, getter, key, sentinel));
      if (v.is(sentinel)) v = Value::null();
    }
    if (v.is_null()) return Value::none();
    values->items()[i] = v;
  }
  return Value::from_object(values);
}

Result match_copy_without_keys_rpy(VM& vm, Value x, Value keys) {
  Dict* rest = dict_copy(vm, as_dict(x));
  TempRoot root(vm, Value::from_object(rest));
  // `**rest` is always a plain dict, whatever the subject's dict subclass.
  Tuple* k = as_tuple(keys);
  for (uint32_t i = 0; i < k->length; ++i) EDGE_TRY(dict_pop(vm, rest, k->item(i)));
  return Value::from_object(rest);
}

namespace {

// The built-in types whose instances a single positional sub-pattern matches whole
// (`case int(n)`), CPython's _Py_TPFLAGS_MATCH_SELF. Subclasses inherit the behaviour.
bool matches_self(VM& vm, Type* cls) {
  const Type* self_matching[] = {vm.types.bool_, vm.types.bytearray, vm.types.bytes, vm.types.dict,
                                 vm.types.float_, vm.types.frozenset, vm.types.int_, vm.types.list,
                                 vm.types.set, vm.types.str, vm.types.tuple};
  for (const Type* t : self_matching) {
    if (is_subtype(cls, t)) return true;
  }
  return false;
}

// One attribute for the class pattern: null (no error) when it is absent.
Result match_attribute(VM& vm, Value x, Type* cls, Str* name, std::vector<Str*>& seen) {
  for (Str* s : seen) {
    if (str_equal(s, name)) {
      std::string text = EDGE_TRY(repr_string(vm, Value::from_object(name)));
      return vm.raise_fmt(vm.exc.TypeError, "{}() got multiple sub-patterns for attribute {}", type_name_of(cls), text);
    }
  }
  seen.push_back(name);
  Result r = getattr_opt(vm, x, name);
  if (r.failed()) {
    if (!vm.pending_is(vm.exc.AttributeError)) return Error{};
    (void)vm.take_pending_exception();
    return Value::null();
  }
  return r;
}

}  // namespace

Result match_class_rpy(VM& vm, Value x, Value cls_value, Value names, uint32_t positional) {
  if (!is_type(cls_value)) return vm.raise(vm.exc.TypeError, "called match pattern must be a type");
  Type* cls = as_type(cls_value);
  if (!isinstance(vm, x, cls)) return Value::none();
  Tuple* kw = as_tuple(names);
  List* attrs = make_list(vm, positional + kw->length);
  TempRoot attrs_root(vm, Value::from_object(attrs));
  // The names already used (positional through __match_args__, then keywords): a
  // name twice is an error. The Str objects stay alive in __match_args__ (rooted here
  // until the end: it may be a fresh tuple from a metaclass property) or `names`.
  std::vector<Str*> seen;
  TempRoot args_root(vm, Value::none());
  if (positional > 0) {
    Result found = getattr_opt(vm, cls_value, vm.names.dunder_match_args);
    Value match_args = Value::null();
    if (found.failed()) {
      if (!vm.pending_is(vm.exc.AttributeError)) return Error{};
      (void)vm.take_pending_exception();
    } else {
      match_args = found.value();
    }
    args_root.set(match_args.is_null() ? Value::none() : match_args);
    bool match_self = false;
    uint32_t allowed;
    if (!match_args.is_null()) {
      if (!is_tuple(match_args) || type_of(vm, match_args) != vm.types.tuple) {
        return vm.raise_fmt(vm.exc.TypeError, "{}.__match_args__ must be a tuple (got {})", type_name_of(cls),
                            type_name(vm, match_args));
      }
      allowed = as_tuple(match_args)->length;
    } else {
      // Only a class without __match_args__ matches itself: a subclass that defines
      // __match_args__ opts out.
      match_self = matches_self(vm, cls);
      allowed = match_self ? 1 : 0;
    }
    if (allowed < positional) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() accepts {} positional sub-pattern{} ({} given)", type_name_of(cls),
                          allowed, allowed == 1 ? "" : "s", positional);
    }
    if (match_self) {
      attrs->items.push_back(x);
    } else {
      Tuple* margs = as_tuple(match_args);
      for (uint32_t i = 0; i < positional; ++i) {
        Value name = margs->item(i);
        if (!is_str(name) || type_of(vm, name) != vm.types.str) {
          return vm.raise_fmt(vm.exc.TypeError, "__match_args__ elements must be strings (got {})",
                              type_name(vm, name));
        }
        Value attr = EDGE_TRY(match_attribute(vm, x, cls, as_str(name), seen));
        if (attr.is_null()) return Value::none();
        attrs->items.push_back(attr);
      }
    }
  }
  for (uint32_t i = 0; i < kw->length; ++i) {
    Value attr = EDGE_TRY(match_attribute(vm, x, cls, as_str(kw->item(i)), seen));
    if (attr.is_null()) return Value::none();
    attrs->items.push_back(attr);
  }
  return Value::from_object(make_tuple(vm, attrs->items.data(), static_cast<uint32_t>(attrs->items.size())));
}

}  // namespace edge::vm
