// range, slice, and the lazy iterator types built on IterState: the sequence
// iterator behind iter() for __getitem__ types, iter(callable, sentinel), enumerate,
// zip (with strict=), map, filter and reversed. All are lazy, as in CPython: nothing
// is materialised ahead of next().
#include "vm/types/misc.h"

#include <algorithm>

#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/function.h"
#include "vm/types/instance.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {

void Slice::trace(Tracer& t) const {
  t.visit(start);
  t.visit(stop);
  t.visit(step);
}

void IterState::trace(Tracer& t) const {
  t.visit(a);
  t.visit(b);
  t.visit(c);
}

IterState* make_iter_state(VM& vm, Type* type, Value a, Value b) {
  IterState* it = vm.heap.make<IterState>(type);
  it->a = a;
  it->b = b;
  return it;
}

Slice* make_slice(VM& vm, Value start, Value stop, Value step) {
  return vm.heap.make<Slice>(vm.types.slice, start, stop, step);
}

Fallible<SliceIndices> slice_indices(VM& vm, Slice* s, int64_t length) {
  // Clamp any int (even huge) into [-1, length]: __index__ values beyond int64 are
  // clamped rather than rejected, as CPython does for slices.
  auto to_index = [&](Value v, int64_t& out) -> Status {
    if (!is_int(v) && type_of(vm, v)->slots.index == nullptr) {
      return vm.raise(vm.exc.TypeError,
                      "slice indices must be integers or None or have an __index__ method");
    }
    Value i = EDGE_TRY(index_value(vm, v));
    if (!int_fits_int64(i, out)) out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return Status::ok();
  };
  int64_t step = 1;
  if (!s->step.is_none()) {
    EDGE_TRY(to_index(s->step, step));
    if (step == 0) return vm.raise(vm.exc.ValueError, "slice step cannot be zero");
  }
  int64_t lower = step < 0 ? -1 : 0;
  int64_t upper = step < 0 ? length - 1 : length;
  int64_t start, stop;
  if (s->start.is_none()) {
    start = step < 0 ? upper : lower;
  } else {
    EDGE_TRY(to_index(s->start, start));
    if (start < 0) {
      start += length;
      if (start < lower) start = lower;
    } else if (start > upper) {
      start = upper;
    }
  }
  if (s->stop.is_none()) {
    stop = step < 0 ? lower : upper;
  } else {
    EDGE_TRY(to_index(s->stop, stop));
    if (stop < 0) {
      stop += length;
      if (stop < lower) stop = lower;
    } else if (stop > upper) {
      stop = upper;
    }
  }
  int64_t count = 0;
  if (step > 0 && start < stop) count = (stop - start - 1) / step + 1;
  if (step < 0 && stop < start) count = (start - stop - 1) / (-step) + 1;
  return SliceIndices{start, stop, step, count};
}

namespace {

Result iter_self(VM&, Value self) { return self; }

// --- range -------------------------------------------------------------------------------------------

int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop) {
    return static_cast<int64_t>((static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) / step + 1);
  }
  if (step < 0 && stop < start) {
    return static_cast<int64_t>((static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) /
                                    static_cast<uint64_t>(-step) + 1);
  }
  return 0;
}

Result range_construct(VM& vm, Type*, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "range"));
  if (args.nargs == 0) return vm.raise(vm.exc.TypeError, "range expected at least 1 argument, got 0");
  if (args.nargs > 3) {
    return vm.raise_fmt(vm.exc.TypeError, "range expected at most 3 arguments, got {}", args.nargs);
  }
  int64_t v[3] = {0, 0, 1};
  for (uint32_t i = 0; i < args.nargs; ++i) {
    Value x = args[i];
    if (!is_int(x) && type_of(vm, x)->slots.index == nullptr) {
      return vm.raise_fmt(vm.exc.TypeError, "'{}' object cannot be interpreted as an integer", type_name(vm, x));
    }
    Value idx = EDGE_TRY(index_value(vm, x));
    int64_t n;
    if (!int_fits_int64(idx, n) || n < -(int64_t{1} << 62) || n > (int64_t{1} << 62)) {
      return vm.raise(vm.exc.OverflowError, "range() bounds beyond 2**62 are not supported");
    }
    v[i] = n;
  }
  int64_t start, stop, step;
  if (args.nargs == 1) {
    start = 0;
    stop = v[0];
    step = 1;
  } else {
    start = v[0];
    stop = v[1];
    step = args.nargs == 3 ? v[2] : 1;
  }
  if (step == 0) return vm.raise(vm.exc.ValueError, "range() arg 3 must not be zero");
  return Value::from_object(vm.heap.make<Range>(vm.types.range, start, stop, step, range_length(start, stop, step)));
}

Result range_repr(VM& vm, Value self) {
  Range* r = as_range(self);
  if (r->step == 1) return Value::from_object(make_str_ascii(vm, fmt::format("range({}, {})", r->start, r->stop)));
  return Value::from_object(make_str_ascii(vm, fmt::format("range({}, {}, {})", r->start, r->stop, r->step)));
}

Fallible<int64_t> range_len(VM&, Value self) { return as_range(self)->length; }

Fallible<bool> range_truthy(VM&, Value self) { return as_range(self)->length != 0; }

Result range_getitem(VM& vm, Value self, Value key) {
  Range* r = as_range(self);
  if (is_slice(key)) {
    SliceIndices si = EDGE_TRY(slice_indices(vm, as_slice(key), r->length));
    // The new bounds are the old range evaluated at the slice's indices.
    int64_t start = r->start + si.start * r->step;
    int64_t step = r->step * si.step;
    int64_t stop = r->start + si.stop * r->step;
    return Value::from_object(vm.heap.make<Range>(vm.types.range, start, stop, step, si.count));
  }
  if (!is_int(key) && type_of(vm, key)->slots.index == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "range indices must be integers or slices, not {}", type_name(vm, key));
  }
  // Any index beyond int64 is out of range for the (int64-bounded) range.
  Value index = EDGE_TRY(index_value(vm, key));
  int64_t i = 0;
  if (!int_fits_int64(index, i)) return vm.raise(vm.exc.IndexError, "range object index out of range");
  if (i < 0) i += r->length;
  if (i < 0 || i >= r->length) return vm.raise(vm.exc.IndexError, "range object index out of range");
  return make_int(vm, r->start + i * r->step);
}

Fallible<bool> range_contains(VM& vm, Value self, Value item) {
  Range* r = as_range(self);
  if (is_int(item)) {
    int64_t x;
    if (!int_fits_int64(item, x)) return false;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return false;
    return (x - r->start) % r->step == 0;
  }
  for (int64_t i = 0; i < r->length; ++i) {
    if (EDGE_TRY(equal(vm, make_int(vm, r->start + i * r->step), item))) return true;
  }
  return false;
}

Result range_iter(VM& vm, Value self) {
  Range* r = as_range(self);
  // range_iterator: i = next value, j = step, k = values left (the interpreter's
  // for-loop reads these fields directly).
  IterState* it = make_iter_state(vm, vm.types.range_iterator);
  it->i = r->start;
  it->j = r->step;
  it->k = r->length;
  return Value::from_object(it);
}

Result range_iter_next(VM& vm, Value self) {
  IterState* it = static_cast<IterState*>(self.as_object());
  if (it->k <= 0) return Value::null();
  int64_t current = it->i;
  it->i = static_cast<int64_t>(static_cast<uint64_t>(current) + static_cast<uint64_t>(it->j));
  --it->k;
  return make_int(vm, current);
}

Fallible<int64_t> range_hash(VM& vm, Value self) {
  Range* r = as_range(self);
  Value parts[3] = {make_int(vm, r->length), Value::none(), Value::none()};
  if (r->length > 0) parts[1] = make_int(vm, r->start);
  if (r->length > 1) parts[2] = make_int(vm, r->step);
  Tuple* t = make_tuple(vm, parts, 3);
  return hash(vm, Value::from_object(t));
}

Result range_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_range(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return Value::from_object(vm.not_implemented);
  Range* x = as_range(a);
  Range* y = as_range(b);
  bool same = x->length == y->length &&
              (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
  return Value::boolean(op == CompareOp::Eq ? same : !same);
}

Result range_get_start(VM& vm, Value self) { return make_int(vm, as_range(self)->start); }
Result range_get_stop(VM& vm, Value self) { return make_int(vm, as_range(self)->stop); }
Result range_get_step(VM& vm, Value self) { return make_int(vm, as_range(self)->step); }

Result range_count(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "range.count", 2, 2));
  bool in = EDGE_TRY(range_contains(vm, args[0], args[1]));
  return Value::small_int(in ? 1 : 0);
}

Result range_index(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "range.index", 2, 2));
  Range* r = as_range(args[0]);
  if (EDGE_TRY(range_contains(vm, args[0], args[1]))) {
    int64_t x;
    if (is_int(args[1]) && int_fits_int64(args[1], x)) return make_int(vm, (x - r->start) / r->step);
    for (int64_t i = 0; i < r->length; ++i) {
      if (EDGE_TRY(equal(vm, make_int(vm, r->start + i * r->step), args[1]))) return make_int(vm, i);
    }
  }
  // CPython answers exact ints and bools arithmetically; anything else goes through
  // the generic sequence search, whose message does not name the value.
  Type* t = type_of(vm, args[1]);
  if (t != vm.types.int_ && t != vm.types.bool_) {
    return vm.raise(vm.exc.ValueError, "sequence.index(x): x not in sequence");
  }
  Value rep = EDGE_TRY(repr(vm, args[1]));
  return vm.raise_fmt(vm.exc.ValueError, "{} is not in range", as_str(rep)->view());
}

Result range_reversed(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "range.__reversed__", 1, 1));
  Range* r = as_range(args[0]);
  IterState* it = make_iter_state(vm, vm.types.range_iterator);
  it->i = r->start + (r->length - 1) * r->step;
  it->j = -r->step;
  it->k = r->length;
  return Value::from_object(it);
}

const NativeMethodDef kRangeMethods[] = {
    {"count", range_count},
    {"index", range_index},
    {"__reversed__", range_reversed},
    {nullptr, nullptr},
};

// --- slice -------------------------------------------------------------------------------------------

Result slice_construct(VM& vm, Type*, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "slice"));
  if (args.nargs == 0) return vm.raise(vm.exc.TypeError, "slice expected at least 1 argument, got 0");
  if (args.nargs > 3) return vm.raise_fmt(vm.exc.TypeError, "slice expected at most 3 arguments, got {}", args.nargs);
  if (args.nargs == 1) return Value::from_object(make_slice(vm, Value::none(), args[0], Value::none()));
  return Value::from_object(make_slice(vm, args[0], args[1], args.nargs == 3 ? args[2] : Value::none()));
}

Result slice_repr(VM& vm, Value self) {
  Slice* s = as_slice(self);
  std::string a = EDGE_TRY(repr_string(vm, s->start));
  std::string b = EDGE_TRY(repr_string(vm, s->stop));
  std::string c = EDGE_TRY(repr_string(vm, s->step));
  return Value::from_object(make_str(vm, fmt::format("slice({}, {}, {})", a, b, c)));
}

Result slice_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_slice(b)) return Value::from_object(vm.not_implemented);
  Slice* x = as_slice(a);
  Slice* y = as_slice(b);
  Value tx = Value::from_object(make_tuple(vm, {x->start, x->stop, x->step}));
  TempRoot root(vm, tx);
  Value ty = Value::from_object(make_tuple(vm, {y->start, y->stop, y->step}));
  return compare(vm, tx, ty, op);
}

Result slice_get_start(VM&, Value self) { return as_slice(self)->start; }
Result slice_get_stop(VM&, Value self) { return as_slice(self)->stop; }
Result slice_get_step(VM&, Value self) { return as_slice(self)->step; }

// slice.indices works on unbounded ints (Python Library Reference, slice.indices):
// the length and the bounds may be any size, and the step is reported as given, so
// it is computed with BigInt rather than the int64 clamping used for real sequences.
Result slice_indices_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "slice.indices", 2, 2));
  Value length_value = EDGE_TRY(index_value(vm, args[1]));
  BigInt length = int_to_bigint(length_value);
  if (length.is_negative()) return vm.raise(vm.exc.ValueError, "length should not be negative");
  Slice* s = as_slice(args[0]);
  auto to_big = [&](Value v, BigInt& out) -> Status {
    if (!is_int(v) && type_of(vm, v)->slots.index == nullptr) {
      return vm.raise(vm.exc.TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    Value i = EDGE_TRY(index_value(vm, v));
    out = int_to_bigint(i);
    return Status::ok();
  };
  BigInt step(1);
  if (!s->step.is_none()) {
    EDGE_TRY(to_big(s->step, step));
    if (step.is_zero()) return vm.raise(vm.exc.ValueError, "slice step cannot be zero");
  }
  bool backwards = step.is_negative();
  BigInt lower = backwards ? BigInt(-1) : BigInt(0);
  BigInt upper = backwards ? length - BigInt(1) : length;
  auto clamp = [&](Value bound, bool is_start, BigInt& out) -> Status {
    if (bound.is_none()) {
      out = (is_start == backwards) ? upper : lower;
      return Status::ok();
    }
    EDGE_TRY(to_big(bound, out));
    if (out.is_negative()) {
      out += length;
      if (out < lower) out = lower;
    } else if (out > upper) {
      out = upper;
    }
    return Status::ok();
  };
  BigInt start, stop;
  EDGE_TRY(clamp(s->start, true, start));
  EDGE_TRY(clamp(s->stop, false, stop));
  Value a = make_int(vm, std::move(start));
  TempRoot root_a(vm, a);
  Value b = make_int(vm, std::move(stop));
  TempRoot root_b(vm, b);
  Value c = make_int(vm, std::move(step));
  TempRoot root_c(vm, c);
  return Value::from_object(make_tuple(vm, {a, b, c}));
}

const NativeMethodDef kSliceMethods[] = {
    {"indices", slice_indices_method},
    {nullptr, nullptr},
};

// --- iter() over __getitem__, iter(callable, sentinel) -------------------------------------------------

Result seq_iter_next(VM& vm, Value self) {
  // iterator: a = the sequence (null when exhausted), i = next index.
  IterState* it = static_cast<IterState*>(self.as_object());
  if (it->a.is_null()) return Value::null();
  Result r = getitem(vm, it->a, make_int(vm, it->i));
  if (r.failed()) {
    if (vm.pending_is(vm.exc.IndexError) || vm.pending_is(vm.exc.StopIteration)) {
      (void)vm.take_pending_exception();
      it->a = Value::null();
      return Value::null();
    }
    return Error{};
  }
  ++it->i;
  return r;
}

Result callable_iter_next(VM& vm, Value self) {
  // callable_iterator: a = the callable (null when exhausted), b = the sentinel.
  IterState* it = static_cast<IterState*>(self.as_object());
  if (it->a.is_null()) return Value::null();
  Result r = call0(vm, it->a);
  if (r.failed()) {
    if (vm.pending_is(vm.exc.StopIteration)) {
      (void)vm.take_pending_exception();
      it->a = Value::null();
      return Value::null();
    }
    return Error{};
  }
  TempRoot root(vm, r.value());
  if (EDGE_TRY(equal(vm, r.value(), it->b))) {
    it->a = Value::null();
    return Value::null();
  }
  return r;
}

// --- enumerate -----------------------------------------------------------------------------------------

Result enumerate_construct(VM& vm, Type* type, CallArgs args) {
  static const Signature kSig("enumerate(iterable, start=)");
  // enumerate's parser (unlike most) names the missing argument without its position.
  if (args.nargs == 0 && args.nkw() == 0) {
    return vm.raise(vm.exc.TypeError, "enumerate() missing required argument 'iterable'");
  }
  Value a[2];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  Value it = EDGE_TRY(get_iter(vm, a[0]));
  TempRoot root(vm, it);
  // enumerate: a = the iterator, b = the next count (any int).
  Value start = Value::small_int(0);
  if (!a[1].is_null()) {
    if (!is_int(a[1]) && type_of(vm, a[1])->slots.index == nullptr) {
      return vm.raise_fmt(vm.exc.TypeError, "'{}' object cannot be interpreted as an integer", type_name(vm, a[1]));
    }
    start = EDGE_TRY(index_value(vm, a[1]));
  }
  return Value::from_object(make_iter_state(vm, type, it, start));
}

Result enumerate_next(VM& vm, Value self) {
  IterState* e = static_cast<IterState*>(self.as_object());
  Value x = EDGE_TRY(iter_next(vm, e->a));
  if (x.is_null()) return Value::null();
  TempRoot root(vm, x);
  Value count = e->b;
  Value next = EDGE_TRY(int_binary(vm, BinaryOp::Add, count, Value::small_int(1)));
  e->b = next;
  return Value::from_object(make_tuple(vm, {count, x}));
}

// --- zip -------------------------------------------------------------------------------------------------

Result zip_construct(VM& vm, Type* type, CallArgs args) {
  bool strict = false;
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = as_str(args.kwnames->item(k))->view();
    if (key != "strict") return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for zip()", key);
    strict = EDGE_TRY(truthy(vm, args.args[args.nargs + k]));
  }
  // zip: a = tuple of iterators, i = strict flag, j = 1 once exhausted.
  Tuple* iters = make_tuple(vm, args.nargs);
  TempRoot root(vm, Value::from_object(iters));
  for (uint32_t i = 0; i < args.nargs; ++i) {
    // CPython 3.11 reports iter()'s own error ("'int' object is not iterable").
    Result it = get_iter(vm, args[i]);
    if (it.failed()) return Error{};
    iters->items()[i] = it.value();
  }
  IterState* z = make_iter_state(vm, type, Value::from_object(iters));
  z->i = strict ? 1 : 0;
  return Value::from_object(z);
}

Result zip_next(VM& vm, Value self) {
  IterState* z = static_cast<IterState*>(self.as_object());
  if (z->j) return Value::null();
  Tuple* iters = as_tuple(z->a);
  uint32_t n = iters->length;
  if (n == 0) return Value::null();
  Tuple* out = make_tuple(vm, n);
  TempRoot root(vm, Value::from_object(out));
  for (uint32_t i = 0; i < n; ++i) {
    Value x = EDGE_TRY(iter_next(vm, iters->item(i)));
    if (x.is_null()) {
      z->j = 1;
      if (z->i) {
        // strict: every other iterator must be exhausted too.
        if (i > 0) {
          return vm.raise_fmt(vm.exc.ValueError, "zip() argument {} is shorter than argument{} 1{}", i + 1,
                              i > 1 ? "s" : "", i > 1 ? fmt::format("-{}", i) : "");
        }
        for (uint32_t k = 1; k < n; ++k) {
          Value y = EDGE_TRY(iter_next(vm, iters->item(k)));
          if (!y.is_null()) {
            return vm.raise_fmt(vm.exc.ValueError, "zip() argument {} is longer than argument{} 1{}", k + 1,
                                k > 1 ? "s" : "", k > 1 ? fmt::format("-{}", k) : "");
          }
        }
      }
      return Value::null();
    }
    out->items()[i] = x;
  }
  return Value::from_object(out);
}

// --- map, filter -----------------------------------------------------------------------------------------

Result map_construct(VM& vm, Type* type, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "map"));
  if (args.nargs < 2) return vm.raise(vm.exc.TypeError, "map() must have at least two arguments.");
  // map: a = the function, b = tuple of iterators.
  Tuple* iters = make_tuple(vm, args.nargs - 1);
  TempRoot root(vm, Value::from_object(iters));
  for (uint32_t i = 1; i < args.nargs; ++i) {
    Value it = EDGE_TRY(get_iter(vm, args[i]));
    iters->items()[i - 1] = it;
  }
  return Value::from_object(make_iter_state(vm, type, args[0], Value::from_object(iters)));
}

Result map_next(VM& vm, Value self) {
  IterState* m = static_cast<IterState*>(self.as_object());
  Tuple* iters = as_tuple(m->b);
  Tuple* call_args = make_tuple(vm, iters->length);
  TempRoot root(vm, Value::from_object(call_args));
  for (uint32_t i = 0; i < iters->length; ++i) {
    Value x = EDGE_TRY(iter_next(vm, iters->item(i)));
    if (x.is_null()) return Value::null();
    call_args->items()[i] = x;
  }
  return call(vm, m->a, CallArgs{call_args->items(), call_args->length, nullptr});
}

Result filter_construct(VM& vm, Type* type, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "filter"));
  if (args.nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "filter expected 2 arguments, got {}", args.nargs);
  Value it = EDGE_TRY(get_iter(vm, args[1]));
  // filter: a = the predicate (None: truthiness), b = the iterator.
  return Value::from_object(make_iter_state(vm, type, args[0], it));
}

Result filter_next(VM& vm, Value self) {
  IterState* f = static_cast<IterState*>(self.as_object());
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, f->b));
    if (x.is_null()) return Value::null();
    TempRoot root(vm, x);
    bool keep;
    if (f->a.is_none() || f->a.is(Value::from_object(vm.types.bool_))) {
      keep = EDGE_TRY(truthy(vm, x));
    } else {
      Value r = EDGE_TRY(call1(vm, f->a, x));
      keep = EDGE_TRY(truthy(vm, r));
    }
    if (keep) return x;
  }
}

// --- reversed --------------------------------------------------------------------------------------------

Result reversed_construct(VM& vm, Type* type, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "reversed"));
  if (args.nargs != 1) return vm.raise_fmt(vm.exc.TypeError, "reversed expected 1 argument, got {}", args.nargs);
  Value seq = args[0];
  Value method = type_lookup(type_of(vm, seq), intern(vm, "__reversed__"));
  if (!method.is_null()) {
    if (method.is_none()) {
      return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not reversible", type_name(vm, seq));
    }
    return call_method(vm, seq, intern(vm, "__reversed__"), CallArgs{});
  }
  Type* t = type_of(vm, seq);
  if (t->slots.getitem == nullptr || t->slots.length == nullptr || is_dict(seq)) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not reversible", type_name_of(t));
  }
  int64_t n = EDGE_TRY(length(vm, seq));
  // reversed: a = the sequence (null when exhausted), i = next index counting down.
  IterState* r = make_iter_state(vm, type, seq);
  r->i = n - 1;
  return Value::from_object(r);
}

Result reversed_next(VM& vm, Value self) {
  IterState* r = static_cast<IterState*>(self.as_object());
  if (r->a.is_null() || r->i < 0) {
    r->a = Value::null();
    return Value::null();
  }
  Result x = getitem(vm, r->a, make_int(vm, r->i));
  if (x.failed()) {
    if (vm.pending_is(vm.exc.IndexError) || vm.pending_is(vm.exc.StopIteration)) {
      (void)vm.take_pending_exception();
      r->a = Value::null();
      return Value::null();
    }
    return Error{};
  }
  --r->i;
  return x;
}

}  // namespace

void install_range_type(VM& vm) {
  Type* t = vm.types.range;
  t->slots.construct = range_construct;
  t->slots.repr = range_repr;
  t->slots.length = range_len;
  t->slots.truthy = range_truthy;
  t->slots.getitem = range_getitem;
  t->slots.contains = range_contains;
  t->slots.iter = range_iter;
  t->slots.hash = range_hash;
  t->slots.compare = range_compare;
  add_methods(vm, t, kRangeMethods);
  add_getset(vm, t, "start", range_get_start);
  add_getset(vm, t, "stop", range_get_stop);
  add_getset(vm, t, "step", range_get_step);
  vm.types.range_iterator->slots.iter = iter_self;
  vm.types.range_iterator->slots.next = range_iter_next;
}

void install_slice_type(VM& vm) {
  Type* t = vm.types.slice;
  t->slots.construct = slice_construct;
  t->slots.repr = slice_repr;
  t->slots.compare = slice_compare;
  t->slots.hash = nullptr;
  add_methods(vm, t, kSliceMethods);
  add_getset(vm, t, "start", slice_get_start);
  add_getset(vm, t, "stop", slice_get_stop);
  add_getset(vm, t, "step", slice_get_step);
}

void install_iterator_types(VM& vm) {
  struct Entry {
    Type* type;
    Result (*next)(VM&, Value);
    Result (*construct)(VM&, Type*, CallArgs);
  };
  const Entry entries[] = {
      {vm.types.seq_iterator, seq_iter_next, nullptr},
      {vm.types.callable_iterator, callable_iter_next, nullptr},
      {vm.types.enumerate, enumerate_next, enumerate_construct},
      {vm.types.zip, zip_next, zip_construct},
      {vm.types.map, map_next, map_construct},
      {vm.types.filter, filter_next, filter_construct},
      {vm.types.reversed, reversed_next, reversed_construct},
  };
  for (const Entry& e : entries) {
    e.type->slots.iter = iter_self;
    e.type->slots.next = e.next;
    e.type->slots.construct = e.construct;
  }
}

// --- types.GenericAlias ------------------------------------------------------------------------
// list[int], dict[str, list[int]], tuple[int, ...]: what annotations evaluate to
// (PEP 585). An instance keeps __origin__ and __args__ in its attribute dict; calling
// it calls the origin, and it prints as written.

namespace {

Value alias_attr(VM& vm, Value self, const char* name) {
  Dict* d = as_instance(self)->dict;
  return d == nullptr ? Value::null() : dict_get_str(d, intern(vm, name));
}

bool is_generic_alias(VM& vm, Value v) { return is_instance_layout(v) && as_instance(v)->type == vm.types.generic_alias; }

// How a type argument prints inside the brackets: int, __main__.Point, ..., list[int].
Fallible<std::string> alias_arg_repr(VM& vm, Value v) {
  if (is_type(v)) {
    Type* t = as_type(v);
    std::string_view module = t->module ? t->module->view() : std::string_view("builtins");
    std::string_view qualname = t->qualname ? t->qualname->view() : type_name_of(t);
    if (module == "builtins") return std::string(qualname);
    return std::string(module) + "." + std::string(qualname);
  }
  if (v.is_object() && v.as_object() == vm.ellipsis) return std::string("...");
  return repr_string(vm, v);
}

Result alias_repr(VM& vm, Value self) {
  std::string out = EDGE_TRY(alias_arg_repr(vm, alias_attr(vm, self, "__origin__")));
  out += "[";
  Value args = alias_attr(vm, self, "__args__");
  Tuple* t = as_tuple(args);
  if (t->length == 0) out += "()";
  for (uint32_t i = 0; i < t->length; ++i) {
    if (i) out += ", ";
    out += EDGE_TRY(alias_arg_repr(vm, t->item(i)));
  }
  out += "]";
  return Value::from_object(make_str(vm, out));
}

Result alias_call(VM& vm, Value self, CallArgs args) {
  return call(vm, alias_attr(vm, self, "__origin__"), args);
}

Result alias_compare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_generic_alias(vm, b)) {
    return Value::from_object(vm.not_implemented);
  }
  bool same = alias_attr(vm, a, "__origin__").is(alias_attr(vm, b, "__origin__")) &&
              EDGE_TRY(equal(vm, alias_attr(vm, a, "__args__"), alias_attr(vm, b, "__args__")));
  return Value::boolean(op == CompareOp::Eq ? same : !same);
}

Fallible<int64_t> alias_hash(VM& vm, Value self) {
  int64_t h1 = EDGE_TRY(hash(vm, alias_attr(vm, self, "__origin__")));
  int64_t h2 = EDGE_TRY(hash(vm, alias_attr(vm, self, "__args__")));
  int64_t h = h1 ^ h2;
  return h == -1 ? -2 : h;
}

}  // namespace

Result generic_alias_for(VM& vm, Type* origin, Value args) {
  Type* generic[] = {vm.types.list, vm.types.dict, vm.types.set, vm.types.frozenset, vm.types.tuple, vm.types.type,
                     vm.types.enumerate, vm.types.reversed, vm.types.zip, vm.types.map, vm.types.filter};
  bool ok = false;
  for (Type* g : generic) ok = ok || is_subtype(origin, g);
  if (!ok) return Value::null();
  Value arg_tuple = args;
  if (!is_tuple(args)) arg_tuple = Value::from_object(make_tuple(vm, {args}));
  TempRoot args_root(vm, arg_tuple);
  Instance* inst = vm.heap.make<Instance>(vm.types.generic_alias);
  TempRoot root(vm, Value::from_object(inst));
  inst->dict = make_dict(vm);
  dict_set_str(vm, inst->dict, intern(vm, "__origin__"), Value::from_object(origin));
  dict_set_str(vm, inst->dict, intern(vm, "__args__"), arg_tuple);
  return Value::from_object(inst);
}

// --- types.UnionType -----------------------------------------------------------------------------
// `int | None` (PEP 604): the union of classes, None and generic aliases, flattened and
// without duplicates. isinstance() accepts it (vm/ops.cpp).

namespace {

bool is_union(VM& vm, Value v) { return is_instance_layout(v) && as_instance(v)->type == vm.types.union_type; }

bool unionable(VM& vm, Value v) { return v.is_none() || is_type(v) || is_generic_alias(vm, v) || is_union(vm, v); }

Fallible<bool> add_union_member(VM& vm, List* members, Value v) {
  if (v.is_none()) v = Value::from_object(type_of(vm, v));
  for (Value m : members->items) {
    if (m.is(v)) return true;
    if (is_generic_alias(vm, m) && is_generic_alias(vm, v) && EDGE_TRY(equal(vm, m, v))) return true;
  }
  list_append(vm, members, v);
  return true;
}

Result union_or(VM& vm, Value a, Value b) {
  if (!unionable(vm, a) || !unionable(vm, b)) return Value::from_object(vm.not_implemented);
  List* members = make_list(vm);
  TempRoot root(vm, Value::from_object(members));
  for (Value side : {a, b}) {
    if (is_union(vm, side)) {
      Tuple* args = union_args(vm, side);
      for (uint32_t i = 0; i < args->length; ++i) EDGE_TRY(add_union_member(vm, members, args->item(i)));
    } else {
      EDGE_TRY(add_union_member(vm, members, side));
    }
  }
  // int | int is just int.
  if (members->items.size() == 1) return members->items[0];
  Tuple* args = make_tuple(vm, members->items.data(), static_cast<uint32_t>(members->items.size()));
  TempRoot args_root(vm, Value::from_object(args));
  Instance* inst = vm.heap.make<Instance>(vm.types.union_type);
  TempRoot inst_root(vm, Value::from_object(inst));
  inst->dict = make_dict(vm);
  dict_set_str(vm, inst->dict, intern(vm, "__args__"), Value::from_object(args));
  return Value::from_object(inst);
}

Result union_repr(VM& vm, Value self) {
  Tuple* args = union_args(vm, self);
  std::string out;
  for (uint32_t i = 0; i < args->length; ++i) {
    if (i) out += " | ";
    Value v = args->item(i);
    if (is_type(v) && as_type(v) == type_of(vm, Value::none())) {
      out += "None";
    } else {
      out += EDGE_TRY(alias_arg_repr(vm, v));
    }
  }
  return Value::from_object(make_str(vm, out));
}

Fallible<bool> union_contains_all(VM& vm, Tuple* a, Tuple* b) {
  for (uint32_t i = 0; i < a->length; ++i) {
    bool found = false;
    for (uint32_t j = 0; j < b->length && !found; ++j) found = EDGE_TRY(equal(vm, a->item(i), b->item(j)));
    if (!found) return false;
  }
  return true;
}

Result union_compare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_union(vm, b)) return Value::from_object(vm.not_implemented);
  Tuple* x = union_args(vm, a);
  Tuple* y = union_args(vm, b);
  bool same = EDGE_TRY(union_contains_all(vm, x, y)) && EDGE_TRY(union_contains_all(vm, y, x));
  return Value::boolean(op == CompareOp::Eq ? same : !same);
}

Fallible<int64_t> union_hash(VM& vm, Value self) {
  Tuple* args = union_args(vm, self);
  int64_t h = 0x5A17;
  for (uint32_t i = 0; i < args->length; ++i) h ^= EDGE_TRY(hash(vm, args->item(i)));
  return h == -1 ? -2 : h;
}

}  // namespace

Tuple* union_args(VM& vm, Value v) {
  if (!is_union(vm, v)) return nullptr;
  return as_tuple(alias_attr(vm, v, "__args__"));
}

void install_generic_alias_type(VM& vm) {
  Type* u = make_builtin_type(vm, "UnionType", vm.types.object, ObjectKind::Instance);
  u->module = intern(vm, "types");
  u->slots.repr = union_repr;
  u->slots.compare = union_compare;
  u->slots.hash = union_hash;
  u->slots.binary[static_cast<int>(BinaryOp::Or)] = union_or;
  vm.types.union_type = u;
  vm.types.type->slots.binary[static_cast<int>(BinaryOp::Or)] = union_or;

  Type* t = make_builtin_type(vm, "GenericAlias", vm.types.object, ObjectKind::Instance);
  t->module = intern(vm, "types");
  t->slots.repr = alias_repr;
  t->slots.call = alias_call;
  t->slots.compare = alias_compare;
  t->slots.hash = alias_hash;
  t->slots.binary[static_cast<int>(BinaryOp::Or)] = union_or;
  vm.types.generic_alias = t;
}

}  // namespace edge::vm
