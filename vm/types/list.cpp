// list: the mutable sequence. Indexing and slicing (including extended slices and
// slice assignment), concatenation, repetition, comparison, a stable merge sort that
// survives a key or comparison raising, and the list methods.
//
// Native code here re-reads `items` after anything that may run Python code: a
// __repr__, __eq__ or key function may mutate the list being processed.
#include "vm/types/list.h"

#include <algorithm>

#include "vm/args.h"
#include "vm/ops.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/misc.h"
#include "vm/types/sequence.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::vm {

void List::trace(Tracer& t) const { t.visit_range(items.begin(), items.end()); }

List* make_list(VM& vm, size_t reserve) {
  List* l = vm.heap.make<List>(vm.types.list);
  if (reserve) l->items.reserve(reserve);
  return l;
}

List* make_list(VM& vm, const Value* items, size_t n) {
  List* l = vm.heap.make<List>(vm.types.list);
  l->items.assign(items, items + n);
  vm.heap.note_external_allocation(n * sizeof(Value));
  return l;
}

void list_append(VM& vm, List* list, Value v) {
  if (list->items.size() == list->items.capacity()) vm.heap.note_external_allocation(list->items.size() * sizeof(Value));
  list->items.push_back(v);
}

Status list_extend_rpy(VM& vm, List* list, Value iterable) {
  // Copy exact lists and tuples directly; a subclass may override __iter__.
  Type* exact = iterable.is_object() ? iterable.as_object()->type : nullptr;
  if (is_list(iterable) && exact == vm.types.list) {
    List* other = as_list(iterable);
    // Copy first: l.extend(l) must not read the items it appends.
    std::vector<Value> copy = other->items;
    list->items.insert(list->items.end(), copy.begin(), copy.end());
    vm.heap.note_external_allocation(copy.size() * sizeof(Value));
    return Status::ok();
  }
  if (is_tuple(iterable) && exact == vm.types.tuple) {
    Tuple* t = as_tuple(iterable);
    list->items.insert(list->items.end(), t->items(), t->items() + t->length);
    vm.heap.note_external_allocation(t->length * sizeof(Value));
    return Status::ok();
  }
  Value it = EDGE_TRY(get_iter(vm, iterable));
  TempRoot root(vm, it);
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) return Status::ok();
    list_append(vm, list, x);
  }
}

// --- sorting -----------------------------------------------------------------------------------

namespace {

// Stable bottom-up merge sort over `keys`, permuting `values` alongside. `less` may
// fail; the sort then stops at once and reports it.
struct SortState {
  VM& vm;
  bool reverse;
  bool failed = false;

  // Is b strictly before a? (for a stable ascending merge we take from the right run
  // only when right < left).
  bool before(Value right, Value left) {
    if (failed) return false;
    Fallible<bool> r = reverse ? compare_bool(vm, left, right, CompareOp::Lt)
                               : compare_bool(vm, right, left, CompareOp::Lt);
    if (r.failed()) {
      failed = true;
      return false;
    }
    return r.value();
  }
};

// For short lists (the common case) the comparisons follow CPython's list.sort step
// for step, so a __lt__ with side effects, or the first failing comparison, behaves
// the same: one natural run is found (a strictly descending one is reversed), and the
// rest is binary-inserted into it. Longer lists use the merge sort below.
void small_sort(SortState& s, std::vector<Value>& keys, std::vector<Value>& values, bool has_values) {
  size_t n = keys.size();
  size_t run = 2;
  if (s.before(keys[1], keys[0])) {
    if (s.failed) return;
    while (run < n && s.before(keys[run], keys[run - 1])) ++run;
    if (s.failed) return;
    std::reverse(keys.begin(), keys.begin() + run);
    if (has_values) std::reverse(values.begin(), values.begin() + run);
  } else {
    if (s.failed) return;
    while (run < n && !s.before(keys[run], keys[run - 1])) {
      if (s.failed) return;
      ++run;
    }
    if (s.failed) return;
  }
  for (size_t i = run; i < n; ++i) {
    Value pivot = keys[i];
    size_t l = 0, r = i;
    do {
      size_t p = l + ((r - l) >> 1);
      if (s.before(pivot, keys[p])) {
        r = p;
      } else {
        l = p + 1;
      }
      if (s.failed) return;
    } while (l < r);
    Value v = has_values ? values[i] : Value();
    for (size_t j = i; j > l; --j) {
      keys[j] = keys[j - 1];
      if (has_values) values[j] = values[j - 1];
    }
    keys[l] = pivot;
    if (has_values) values[l] = v;
  }
}

void merge_sort(SortState& s, std::vector<Value>& keys, std::vector<Value>& values, bool has_values) {
  size_t n = keys.size();
  if (n < 2) return;
  // CPython sorts descending by reversing, sorting stably ascending and reversing
  // back; doing the same keeps equal items in order and compares the same pairs.
  if (s.reverse) {
    s.reverse = false;
    std::reverse(keys.begin(), keys.end());
    if (has_values) std::reverse(values.begin(), values.end());
    merge_sort(s, keys, values, has_values);
    std::reverse(keys.begin(), keys.end());
    if (has_values) std::reverse(values.begin(), values.end());
    return;
  }
  if (n < 64) {
    small_sort(s, keys, values, has_values);
    return;
  }
  // Insertion sort small runs, then merge runs of doubling width.
  const size_t run = 32;
  for (size_t lo = 0; lo < n; lo += run) {
    size_t hi = std::min(lo + run, n);
    for (size_t i = lo + 1; i < hi; ++i) {
      Value k = keys[i];
      Value v = has_values ? values[i] : Value();
      size_t j = i;
      while (j > lo && s.before(k, keys[j - 1])) {
        keys[j] = keys[j - 1];
        if (has_values) values[j] = values[j - 1];
        --j;
      }
      keys[j] = k;
      if (has_values) values[j] = v;
      if (s.failed) return;
    }
  }
  std::vector<Value> key_buf(n), value_buf(has_values ? n : 0);
  for (size_t width = run; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (s.before(keys[j], keys[i])) {
          key_buf[k] = keys[j];
          if (has_values) value_buf[k] = values[j];
          ++j;
        } else {
          key_buf[k] = keys[i];
          if (has_values) value_buf[k] = values[i];
          ++i;
        }
        ++k;
        if (s.failed) return;
      }
      for (; i < mid; ++i, ++k) {
        key_buf[k] = keys[i];
        if (has_values) value_buf[k] = values[i];
      }
      for (; j < hi; ++j, ++k) {
        key_buf[k] = keys[j];
        if (has_values) value_buf[k] = values[j];
      }
    }
    keys.swap(key_buf);
    if (has_values) values.swap(value_buf);
  }
}

}  // namespace

Status list_sort_rpy(VM& vm, List* list, Value key, bool reverse) {
  // CPython empties the list while sorting so that mutation can be detected.
  std::vector<Value> values;
  values.swap(list->items);
  // Keep the items (and keys) reachable: they are in no list while sorting.
  List* holder = make_list(vm);
  TempRoot root(vm, Value::from_object(holder));
  holder->items = values;
  std::vector<Value> keys;
  bool has_key = !key.is_null() && !key.is_none();
  if (has_key) {
    List* key_holder = make_list(vm);
    TempRoot key_root(vm, Value::from_object(key_holder));
    keys.reserve(values.size());
    for (Value v : values) {
      Result k = call1(vm, key, v);
      if (k.failed()) {
        if (list->items.empty()) list->items.swap(values);
        return Error{};
      }
      keys.push_back(k.value());
      key_holder->items.push_back(k.value());
    }
    SortState s{vm, reverse};
    merge_sort(s, keys, values, true);
    bool modified = !list->items.empty();
    list->items.swap(values);
    if (s.failed) return Error{};
    if (modified) return vm.raise(vm.exc.ValueError, "list modified during sort");
    return Status::ok();
  }
  SortState s{vm, reverse};
  std::vector<Value> unused;
  merge_sort(s, values, unused, false);
  bool modified = !list->items.empty();
  list->items.swap(values);
  if (s.failed) return Error{};
  if (modified) return vm.raise(vm.exc.ValueError, "list modified during sort");
  return Status::ok();
}

// --- protocol ------------------------------------------------------------------------------------

namespace {

Result list_repr(VM& vm, Value self) {
  List* l = as_list(self);
  if (l->items.empty()) return Value::from_object(intern(vm, "[]"));
  if (repr_enter(vm, l)) return Value::from_object(intern(vm, "[...]"));
  std::string out = "[";
  for (size_t i = 0; i < l->items.size(); ++i) {
    if (i) out += ", ";
    Result r = repr(vm, l->items[i]);
    if (r.failed()) {
      repr_leave(vm, l);
      return Error{};
    }
    out += as_str(r.value())->view();
  }
  repr_leave(vm, l);
  out += "]";
  return Value::from_object(make_str(vm, out));
}

Result list_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_list(b)) return Value::from_object(vm.not_implemented);
  // Copies: comparing may run code that mutates either list.
  std::vector<Value> x = as_list(a)->items, y = as_list(b)->items;
  return sequence_compare(vm, x.data(), x.size(), y.data(), y.size(), op);
}

Fallible<int64_t> list_length(VM&, Value self) { return static_cast<int64_t>(as_list(self)->items.size()); }

Fallible<int64_t> normalize_index(VM& vm, Value key, size_t n, const char* what) {
  if (!is_int(key) && type_of(vm, key)->slots.index == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "list indices must be integers or slices, not {}", type_name(vm, key));
  }
  int64_t i = EDGE_TRY(index_ssize(vm, key, vm.exc.IndexError));
  if (i < 0) i += static_cast<int64_t>(n);
  if (i < 0 || i >= static_cast<int64_t>(n)) return vm.raise(vm.exc.IndexError, what);
  return i;
}

Result list_getitem(VM& vm, Value self, Value key) {
  List* l = as_list(self);
  if (is_slice(key)) {
    SliceIndices si = EDGE_TRY(slice_indices(vm, as_slice(key), static_cast<int64_t>(l->items.size())));
    List* r = make_list(vm, static_cast<size_t>(si.count));
    for (int64_t i = 0, at = si.start; i < si.count; ++i, at += si.step) r->items.push_back(l->items[at]);
    return Value::from_object(r);
  }
  int64_t i = EDGE_TRY(normalize_index(vm, key, l->items.size(), "list index out of range"));
  return l->items[i];
}

Status list_assign_slice(VM& vm, List* l, Slice* slice, Value value) {
  SliceIndices si = EDGE_TRY(slice_indices(vm, slice, static_cast<int64_t>(l->items.size())));
  if (value.is_null()) {
    // del l[a:b:c]
    if (si.step == 1) {
      l->items.erase(l->items.begin() + si.start, l->items.begin() + si.start + si.count);
      return Status::ok();
    }
    std::vector<bool> drop(l->items.size(), false);
    for (int64_t i = 0, at = si.start; i < si.count; ++i, at += si.step) drop[at] = true;
    std::vector<Value> kept;
    for (size_t i = 0; i < l->items.size(); ++i) {
      if (!drop[i]) kept.push_back(l->items[i]);
    }
    l->items.swap(kept);
    return Status::ok();
  }
  // The new items (copied first: `l[:] = l` is allowed).
  List* source = make_list(vm);
  TempRoot root(vm, Value::from_object(source));
  if (Status s = list_extend_rpy(vm, source, value); s.failed()) {
    if (vm.pending_is(vm.exc.TypeError) && type_of(vm, value)->slots.iter == nullptr) {
      (void)vm.take_pending_exception();
      return vm.raise(vm.exc.TypeError, si.step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    }
    return Error{};
  }
  // Indices may have moved if the iterable mutated the list; recompute.
  si = EDGE_TRY(slice_indices(vm, slice, static_cast<int64_t>(l->items.size())));
  std::vector<Value>& items = source->items;
  if (si.step == 1) {
    l->items.erase(l->items.begin() + si.start, l->items.begin() + si.start + si.count);
    l->items.insert(l->items.begin() + si.start, items.begin(), items.end());
    return Status::ok();
  }
  if (static_cast<int64_t>(items.size()) != si.count) {
    return vm.raise_fmt(vm.exc.ValueError, "attempt to assign sequence of size {} to extended slice of size {}",
                        items.size(), si.count);
  }
  for (int64_t i = 0, at = si.start; i < si.count; ++i, at += si.step) l->items[at] = items[i];
  return Status::ok();
}

Status list_setitem(VM& vm, Value self, Value key, Value value) {
  List* l = as_list(self);
  if (is_slice(key)) return list_assign_slice(vm, l, as_slice(key), value);
  int64_t i = EDGE_TRY(normalize_index(vm, key, l->items.size(),
                                       value.is_null() ? "list assignment index out of range"
                                                       : "list assignment index out of range"));
  if (value.is_null()) {
    l->items.erase(l->items.begin() + i);
  } else {
    l->items[i] = value;
  }
  return Status::ok();
}

Fallible<bool> list_contains(VM& vm, Value self, Value item) {
  List* l = as_list(self);
  for (size_t i = 0; i < l->items.size(); ++i) {
    if (EDGE_TRY(equal(vm, l->items[i], item))) return true;
  }
  return false;
}

Result list_iter(VM& vm, Value self) { return Value::from_object(make_iter_state(vm, vm.types.list_iterator, self)); }

Result list_iter_next(VM&, Value self) {
  // list_iterator: a = the list (null when exhausted), i = next index.
  IterState* it = static_cast<IterState*>(self.as_object());
  if (it->a.is_null()) return Value::null();
  List* l = as_list(it->a);
  if (static_cast<size_t>(it->i) >= l->items.size()) {
    it->a = Value::null();
    return Value::null();
  }
  return l->items[it->i++];
}

Result list_reverse_iter_next(VM&, Value self) {
  // list_reverseiterator: a = the list, i = next index (counting down).
  IterState* it = static_cast<IterState*>(self.as_object());
  if (it->a.is_null()) return Value::null();
  List* l = as_list(it->a);
  if (it->i < 0 || static_cast<size_t>(it->i) >= l->items.size()) {
    it->a = Value::null();
    return Value::null();
  }
  return l->items[it->i--];
}

Result list_add(VM& vm, Value a, Value b) {
  if (!is_list(a) || !is_list(b)) return Value::from_object(vm.not_implemented);
  List* r = make_list(vm, as_list(a)->items.data(), as_list(a)->items.size());
  r->items.insert(r->items.end(), as_list(b)->items.begin(), as_list(b)->items.end());
  return Value::from_object(r);
}

Result list_repeat(VM& vm, List* l, Value count, List* into) {
  int64_t n = EDGE_TRY(index_ssize(vm, count, vm.exc.OverflowError));
  std::vector<Value> copy = l->items;
  if (n <= 0 || copy.empty()) {
    into->items.clear();
    return Value::from_object(into);
  }
  if (static_cast<uint64_t>(n) * copy.size() > (1u << 28)) return vm.raise_no_args(vm.exc.MemoryError);
  into->items.clear();
  into->items.reserve(copy.size() * n);
  for (int64_t k = 0; k < n; ++k) into->items.insert(into->items.end(), copy.begin(), copy.end());
  vm.heap.note_external_allocation(into->items.size() * sizeof(Value));
  return Value::from_object(into);
}

Result list_mul(VM& vm, Value a, Value b) {
  Value seq = is_list(a) ? a : b;
  Value count = is_list(a) ? b : a;
  if (!is_list(seq) || !is_repeat_count(vm, count)) return Value::from_object(vm.not_implemented);
  return list_repeat(vm, as_list(seq), count, make_list(vm));
}

Result list_iadd(VM& vm, Value a, Value b) {
  EDGE_TRY(list_extend_rpy(vm, as_list(a), b));
  return a;
}

Result list_imul(VM& vm, Value a, Value b) {
  if (!is_repeat_count(vm, b)) return Value::from_object(vm.not_implemented);
  return list_repeat(vm, as_list(a), b, as_list(a));
}

Result list_construct(VM& vm, Type*, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "list"));
  EDGE_TRY(check_arg_count(vm, args, "list", 0, 1));
  List* l = make_list(vm);
  if (args.nargs == 1) {
    TempRoot root(vm, Value::from_object(l));
    EDGE_TRY(list_extend_rpy(vm, l, args[0]));
  }
  return Value::from_object(l);
}

// Subclass support: new_ makes an empty list of the subtype, init fills it.
Result list_new(VM& vm, Type* type, CallArgs) { return Value::from_object(vm.heap.make<List>(type)); }

Status list_init(VM& vm, Value self, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "list"));
  if (args.nargs > 1) return vm.raise_fmt(vm.exc.TypeError, "list expected at most 1 argument, got {}", args.nargs);
  List* l = as_list(self);
  l->items.clear();
  if (args.nargs == 1) EDGE_TRY(list_extend_rpy(vm, l, args[0]));
  return Status::ok();
}

// --- methods -----------------------------------------------------------------------------------------

Result list_append_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "list.append"));
  if (args.nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError, "list.append() takes exactly one argument ({} given)", args.nargs - 1);
  }
  list_append(vm, as_list(args[0]), args[1]);
  return Value::none();
}

Result list_extend_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "list.extend"));
  if (args.nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError, "list.extend() takes exactly one argument ({} given)", args.nargs - 1);
  }
  EDGE_TRY(list_extend_rpy(vm, as_list(args[0]), args[1]));
  return Value::none();
}

Result list_insert(VM& vm, CallArgs args) {
  static const Signature kSig("insert(self, index, object, /)");
  Value a[3];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  List* l = as_list(a[0]);
  int64_t i = EDGE_TRY(index_int64(vm, a[1]));
  int64_t n = static_cast<int64_t>(l->items.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  l->items.insert(l->items.begin() + i, a[2]);
  return Value::none();
}

Result list_pop(VM& vm, CallArgs args) {
  static const Signature kSig("pop(self, index=, /)");
  Value a[2];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  List* l = as_list(a[0]);
  if (l->items.empty()) return vm.raise(vm.exc.IndexError, "pop from empty list");
  int64_t n = static_cast<int64_t>(l->items.size());
  int64_t i = a[1].is_null() ? n - 1 : EDGE_TRY(index_int64(vm, a[1]));
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.exc.IndexError, "pop index out of range");
  Value v = l->items[i];
  l->items.erase(l->items.begin() + i);
  return v;
}

Result list_remove(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "list.remove", 2, 2));
  List* l = as_list(args[0]);
  for (size_t i = 0; i < l->items.size(); ++i) {
    if (EDGE_TRY(equal(vm, l->items[i], args[1]))) {
      if (i < l->items.size()) l->items.erase(l->items.begin() + static_cast<int64_t>(i));
      return Value::none();
    }
  }
  return vm.raise(vm.exc.ValueError, "list.remove(x): x not in list");
}

Result list_index(VM& vm, CallArgs args) {
  static const Signature kSig("index(self, value, start=, stop=, /)");
  Value a[4];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  List* l = as_list(a[0]);
  int64_t n = static_cast<int64_t>(l->items.size());
  int64_t start = a[2].is_null() ? 0 : EDGE_TRY(index_int64(vm, a[2]));
  int64_t stop = a[3].is_null() ? n : EDGE_TRY(index_int64(vm, a[3]));
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(l->items.size()); ++i) {
    if (EDGE_TRY(equal(vm, l->items[i], a[1]))) return make_int(vm, i);
  }
  Value r = EDGE_TRY(repr(vm, a[1]));
  return vm.raise_fmt(vm.exc.ValueError, "{} is not in list", as_str(r)->view());
}

Result list_count(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "list.count", 2, 2));
  List* l = as_list(args[0]);
  int64_t n = 0;
  for (size_t i = 0; i < l->items.size(); ++i) n += EDGE_TRY(equal(vm, l->items[i], args[1]));
  return make_int(vm, n);
}

Result list_clear(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "list.clear", 1, 1));
  as_list(args[0])->items.clear();
  return Value::none();
}

Result list_copy(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "list.copy", 1, 1));
  List* l = as_list(args[0]);
  return Value::from_object(make_list(vm, l->items.data(), l->items.size()));
}

Result list_reverse(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "list.reverse", 1, 1));
  List* l = as_list(args[0]);
  std::reverse(l->items.begin(), l->items.end());
  return Value::none();
}

}  // namespace

// `reverse` of list.sort / sorted is an Argument Clinic C int: any object with
// __index__ (so reverse=None or 1.5 is a TypeError), and it must fit in a C int.
Status parse_sort_reverse(VM& vm, Value v, bool& out) {
  if (v.is_bool()) {
    out = v.as_bool();
    return Status::ok();
  }
  Value i = EDGE_TRY(index_value(vm, v));
  int64_t n = 0;
  if (!int_fits_int64(i, n) || n < INT32_MIN || n > INT32_MAX) {
    return vm.raise(vm.exc.OverflowError, "Python int too large to convert to C int");
  }
  out = n != 0;
  return Status::ok();
}

namespace {

Result list_sort(VM& vm, CallArgs args) {
  static const Signature kSig("sort(self, /, *, key=, reverse=)");
  Value a[3];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  bool reverse = false;
  if (!a[2].is_null()) EDGE_TRY(parse_sort_reverse(vm, a[2], reverse));
  EDGE_TRY(list_sort_rpy(vm, as_list(a[0]), a[1], reverse));
  return Value::none();
}

Result iter_self(VM&, Value self) { return self; }

const NativeMethodDef kListMethods[] = {
    {"append", list_append_method},
    {"extend", list_extend_method},
    {"insert", list_insert},
    {"pop", list_pop},
    {"remove", list_remove},
    {"index", list_index},
    {"count", list_count},
    {"clear", list_clear},
    {"copy", list_copy},
    {"reverse", list_reverse},
    {"sort", list_sort},
    {nullptr, nullptr},
};

Result list_reversed_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "list.__reversed__", 1, 1));
  IterState* it = make_iter_state(vm, vm.types.list_reverseiterator, args[0]);
  it->i = static_cast<int64_t>(as_list(args[0])->items.size()) - 1;
  return Value::from_object(it);
}

const NativeMethodDef kListDunders[] = {
    {"__reversed__", list_reversed_method},
    {nullptr, nullptr},
};

}  // namespace

void install_list_type(VM& vm) {
  Type* t = vm.types.list;
  t->slots.repr = list_repr;
  t->slots.hash = nullptr;
  t->slots.compare = list_compare;
  t->slots.length = list_length;
  t->slots.getitem = list_getitem;
  t->slots.setitem = list_setitem;
  t->slots.contains = list_contains;
  t->slots.iter = list_iter;
  t->slots.construct = list_construct;
  t->slots.new_ = list_new;
  t->slots.init = list_init;
  t->slots.binary[static_cast<int>(BinaryOp::Add)] = list_add;
  t->slots.binary[static_cast<int>(BinaryOp::Mul)] = list_mul;
  t->slots.inplace[static_cast<int>(BinaryOp::Add)] = list_iadd;
  t->slots.inplace[static_cast<int>(BinaryOp::Mul)] = list_imul;
  add_methods(vm, t, kListMethods);
  add_methods(vm, t, kListDunders);

  vm.types.list_iterator->slots.iter = iter_self;
  vm.types.list_iterator->slots.next = list_iter_next;
  vm.types.list_reverseiterator->slots.iter = iter_self;
  vm.types.list_reverseiterator->slots.next = list_reverse_iter_next;
}

}  // namespace edge::vm
