// tuple: creation, the sequence protocol, lexicographic comparison, CPython's tuple
// hash (so sets of tuples iterate in CPython's order), and tuple methods.
#include "vm/types/tuple.h"

#include <string>

#include "vm/args.h"
#include "vm/ops.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/misc.h"
#include "vm/types/sequence.h"
#include "vm/types/str.h"
#include "vm/vm.h"

namespace edge::vm {

void Tuple::trace(Tracer& t) const { t.visit_range(items(), items() + length); }

Tuple* make_tuple(VM& vm, uint32_t n) {
  if (n == 0 && !vm.empty_tuple.is_null()) return as_tuple(vm.empty_tuple);
  Tuple* t = vm.heap.make_with_extra<Tuple>(sizeof(Value) * n, vm.types.tuple, n);
  for (uint32_t i = 0; i < n; ++i) t->items()[i] = Value::none();
  return t;
}

Tuple* make_tuple(VM& vm, const Value* items, uint32_t n) {
  Tuple* t = make_tuple(vm, n);
  for (uint32_t i = 0; i < n; ++i) t->items()[i] = items[i];
  return t;
}

Tuple* make_tuple(VM& vm, std::initializer_list<Value> items) {
  return make_tuple(vm, items.begin(), static_cast<uint32_t>(items.size()));
}

bool repr_enter(VM& vm, Object* o) {
  for (Object* p : vm.repr_in_progress) {
    if (p == o) return true;
  }
  vm.repr_in_progress.push_back(o);
  return false;
}

void repr_leave(VM& vm, Object* o) {
  if (!vm.repr_in_progress.empty() && vm.repr_in_progress.back() == o) vm.repr_in_progress.pop_back();
}

Result sequence_repr(VM& vm, Object* self, const Value* items, size_t n, const char* open, const char* close,
                     bool one_tuple) {
  if (n == 0) return Value::from_object(make_str_ascii(vm, std::string(open) + close));
  if (repr_enter(vm, self)) return Value::from_object(make_str_ascii(vm, std::string(open) + "..." + close));
  // Items are re-read each time: a __repr__ may mutate a list being printed.
  std::string out = open;
  for (size_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    Result r = repr(vm, items[i]);
    if (r.failed()) {
      repr_leave(vm, self);
      return Error{};
    }
    out += as_str(r.value())->view();
  }
  repr_leave(vm, self);
  if (one_tuple && n == 1) out += ",";
  out += close;
  return Value::from_object(make_str(vm, out));
}

Result sequence_compare(VM& vm, const Value* a, size_t na, const Value* b, size_t nb, CompareOp op) {
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && na != nb) return Value::boolean(op == CompareOp::Ne);
  size_t i = 0;
  for (; i < na && i < nb; ++i) {
    if (!EDGE_TRY(equal(vm, a[i], b[i]))) break;
  }
  if (i >= na || i >= nb) {
    switch (op) {
      case CompareOp::Lt: return Value::boolean(na < nb);
      case CompareOp::Le: return Value::boolean(na <= nb);
      case CompareOp::Eq: return Value::boolean(na == nb);
      case CompareOp::Ne: return Value::boolean(na != nb);
      case CompareOp::Gt: return Value::boolean(na > nb);
      case CompareOp::Ge: return Value::boolean(na >= nb);
    }
  }
  if (op == CompareOp::Eq) return Value::boolean(false);
  if (op == CompareOp::Ne) return Value::boolean(true);
  return compare(vm, a[i], b[i], op);
}

namespace {

Result tuple_repr(VM& vm, Value self) {
  Tuple* t = as_tuple(self);
  return sequence_repr(vm, t, t->items(), t->length, "(", ")", true);
}

Fallible<int64_t> tuple_hash(VM& vm, Value self) {
  Tuple* t = as_tuple(self);
  if (t->hash_cache != -1) return t->hash_cache;
  // The xxHash-style tuple hash of CPython 3.8+, so tuple keys order like CPython's.
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  uint64_t acc = kPrime5;
  for (uint32_t i = 0; i < t->length; ++i) {
    int64_t lane = EDGE_TRY(hash(vm, t->item(i)));
    acc += static_cast<uint64_t>(lane) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += t->length ^ (kPrime5 ^ 3527539ull);
  int64_t h = acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
  t->hash_cache = h;
  return h;
}

Result tuple_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_tuple(b)) return Value::from_object(vm.not_implemented);
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  return sequence_compare(vm, x->items(), x->length, y->items(), y->length, op);
}

Fallible<int64_t> tuple_length(VM&, Value self) { return static_cast<int64_t>(as_tuple(self)->length); }

Result tuple_getitem(VM& vm, Value self, Value key) {
  Tuple* t = as_tuple(self);
  if (is_slice(key)) {
    SliceIndices si = EDGE_TRY(slice_indices(vm, as_slice(key), t->length));
    if (si.step == 1 && si.count == t->length && t->type == vm.types.tuple) return self;
    Tuple* r = make_tuple(vm, static_cast<uint32_t>(si.count));
    for (int64_t i = 0, at = si.start; i < si.count; ++i, at += si.step) r->items()[i] = t->item(static_cast<uint32_t>(at));
    return Value::from_object(r);
  }
  if (!is_int(key) && type_of(vm, key)->slots.index == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "tuple indices must be integers or slices, not {}", type_name(vm, key));
  }
  int64_t i = EDGE_TRY(index_ssize(vm, key, vm.exc.IndexError));
  if (i < 0) i += t->length;
  if (i < 0 || i >= t->length) return vm.raise(vm.exc.IndexError, "tuple index out of range");
  return t->item(static_cast<uint32_t>(i));
}

Fallible<bool> tuple_contains(VM& vm, Value self, Value item) {
  Tuple* t = as_tuple(self);
  for (uint32_t i = 0; i < t->length; ++i) {
    if (EDGE_TRY(equal(vm, t->item(i), item))) return true;
  }
  return false;
}

Result tuple_iter(VM& vm, Value self) { return Value::from_object(make_iter_state(vm, vm.types.tuple_iterator, self)); }

Result tuple_iter_next(VM&, Value self) {
  // tuple_iterator: a = the tuple (null when exhausted), i = next index.
  IterState* it = static_cast<IterState*>(self.as_object());
  if (it->a.is_null()) return Value::null();
  Tuple* t = as_tuple(it->a);
  if (it->i >= t->length) {
    it->a = Value::null();
    return Value::null();
  }
  return t->item(static_cast<uint32_t>(it->i++));
}

Result tuple_add(VM& vm, Value a, Value b) {
  if (!is_tuple(a) || !is_tuple(b)) return Value::from_object(vm.not_implemented);
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  Tuple* r = make_tuple(vm, x->length + y->length);
  for (uint32_t i = 0; i < x->length; ++i) r->items()[i] = x->item(i);
  for (uint32_t i = 0; i < y->length; ++i) r->items()[x->length + i] = y->item(i);
  return Value::from_object(r);
}

Result tuple_mul(VM& vm, Value a, Value b) {
  Value seq = is_tuple(a) ? a : b;
  Value count = is_tuple(a) ? b : a;
  if (!is_tuple(seq) || !is_int(count)) return Value::from_object(vm.not_implemented);
  int64_t n = EDGE_TRY(index_ssize(vm, count, vm.exc.OverflowError));
  Tuple* t = as_tuple(seq);
  if (n <= 0 || t->length == 0) return vm.empty_tuple;
  if (n == 1) return seq;
  if (static_cast<uint64_t>(n) * t->length > (1u << 28)) return vm.raise_no_args(vm.exc.MemoryError);
  Tuple* r = make_tuple(vm, static_cast<uint32_t>(n * t->length));
  for (int64_t k = 0; k < n; ++k) {
    for (uint32_t i = 0; i < t->length; ++i) r->items()[k * t->length + i] = t->item(i);
  }
  return Value::from_object(r);
}

Result tuple_construct(VM& vm, Type*, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "tuple"));
  EDGE_TRY(check_arg_count(vm, args, "tuple", 0, 1));
  if (args.nargs == 0) return vm.empty_tuple;
  if (is_tuple(args[0]) && as_tuple(args[0])->type == vm.types.tuple) return args[0];
  List* l = make_list(vm);
  TempRoot root(vm, Value::from_object(l));
  EDGE_TRY(list_extend_rpy(vm, l, args[0]));
  return Value::from_object(make_tuple(vm, l->items.data(), static_cast<uint32_t>(l->items.size())));
}

// Subclass support: the items are fixed by new_.
Result tuple_new(VM& vm, Type* type, CallArgs args) {
  Value t = EDGE_TRY(tuple_construct(vm, vm.types.tuple, args));
  if (type == vm.types.tuple) return t;
  Tuple* base = as_tuple(t);
  Tuple* r = vm.heap.make_with_extra<Tuple>(sizeof(Value) * base->length, type, base->length);
  for (uint32_t i = 0; i < base->length; ++i) r->items()[i] = base->item(i);
  return Value::from_object(r);
}

Result tuple_index(VM& vm, CallArgs args) {
  static const Signature kSig("index(self, value, start=, stop=, /)");
  Value a[4];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  Tuple* t = as_tuple(a[0]);
  int64_t n = t->length;
  int64_t start = a[2].is_null() ? 0 : EDGE_TRY(index_int64(vm, a[2]));
  int64_t stop = a[3].is_null() ? n : EDGE_TRY(index_int64(vm, a[3]));
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  for (int64_t i = start; i < std::min(stop, n); ++i) {
    if (EDGE_TRY(equal(vm, t->item(static_cast<uint32_t>(i)), a[1]))) return make_int(vm, i);
  }
  return vm.raise(vm.exc.ValueError, "tuple.index(x): x not in tuple");
}

Result tuple_count(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "tuple.count", 2, 2));
  Tuple* t = as_tuple(args[0]);
  int64_t n = 0;
  for (uint32_t i = 0; i < t->length; ++i) n += EDGE_TRY(equal(vm, t->item(i), args[1]));
  return make_int(vm, n);
}

Result iter_self(VM&, Value self) { return self; }

const NativeMethodDef kTupleMethods[] = {
    {"index", tuple_index},
    {"count", tuple_count},
    {nullptr, nullptr},
};

}  // namespace

void install_tuple_type(VM& vm) {
  Type* t = vm.types.tuple;
  t->slots.repr = tuple_repr;
  t->slots.hash = tuple_hash;
  t->slots.compare = tuple_compare;
  t->slots.length = tuple_length;
  t->slots.getitem = tuple_getitem;
  t->slots.contains = tuple_contains;
  t->slots.iter = tuple_iter;
  t->slots.construct = tuple_construct;
  t->slots.new_ = tuple_new;
  t->slots.binary[static_cast<int>(BinaryOp::Add)] = tuple_add;
  t->slots.binary[static_cast<int>(BinaryOp::Mul)] = tuple_mul;
  add_methods(vm, t, kTupleMethods);

  Type* it = vm.types.tuple_iterator;
  it->slots.iter = iter_self;
  it->slots.next = tuple_iter_next;
}

}  // namespace edge::vm
