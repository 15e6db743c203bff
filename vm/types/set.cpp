// set and frozenset. The table mirrors CPython's observable behaviour (see set.h):
// runs of up to 10 linear probes before a perturbed jump, growth when 3/5 full to 4x
// the live count (2x past 50,000), and the same strategies for copy, union,
// intersection, difference and symmetric difference -- so iteration order, and hence
// printed output, matches CPython for int-like keys.
#include "vm/types/set.h"

#include <string>

#include "vm/args.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/misc.h"
#include "vm/types/sequence.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::vm {

namespace {

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

bool is_active(const SetEntry& e) { return !e.key.is_null(); }

// Places a key known to be absent into a table without dummies.
void insert_clean(std::vector<SetEntry>& table, Value key, int64_t hash) {
  size_t mask = table.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    if (table[i].key.is_null()) {
      table[i] = SetEntry{hash, key};
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 1; j <= kLinearProbes; ++j) {
        if (table[i + j].key.is_null()) {
          table[i + j] = SetEntry{hash, key};
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void resize(VM& vm, Set* s, size_t min_used) {
  size_t size = kMinSize;
  while (size <= min_used) size <<= 1;
  std::vector<SetEntry> old;
  old.swap(s->table);
  s->table.assign(size, SetEntry{});
  vm.heap.note_external_allocation(size * sizeof(SetEntry));
  for (const SetEntry& e : old) {
    if (is_active(e)) insert_clean(s->table, e.key, e.hash);
  }
  s->fill = s->used;
}

// Finds `key`: returns the table index of the active entry, or -1.
Fallible<int64_t> find_entry(VM& vm, Set* s, Value key, int64_t hash) {
restart:
  size_t mask = s->mask();
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (size_t j = 0; j <= probes; ++j) {
      SetEntry& e = s->table[i + j];
      if (e.key.is_null()) {
        if (e.hash == 0) return int64_t{-1};
        continue;  // deleted
      }
      if (e.key.is(key)) return static_cast<int64_t>(i + j);
      if (e.hash == hash) {
        if (is_str(e.key) && is_str(key)) {
          if (str_equal(as_str(e.key), as_str(key))) return static_cast<int64_t>(i + j);
          continue;
        }
        Value start_key = e.key;
        size_t table_size = s->table.size();
        bool eq = EDGE_TRY(equal(vm, start_key, key));
        if (s->table.size() != table_size || !s->table[i + j].key.is(start_key)) goto restart;
        if (eq) return static_cast<int64_t>(i + j);
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

Status add_entry(VM& vm, Set* s, Value key, int64_t hash) {
restart:
  size_t mask = s->mask();
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  int64_t free_slot = -1;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (size_t j = 0; j <= probes; ++j) {
      SetEntry& e = s->table[i + j];
      if (e.key.is_null()) {
        if (e.hash == 0) {
          if (free_slot >= 0) {
            s->table[free_slot] = SetEntry{hash, key};
            ++s->used;
            return Status::ok();
          }
          e = SetEntry{hash, key};
          ++s->fill;
          ++s->used;
          if (static_cast<size_t>(s->fill) * 5 < mask * 3) return Status::ok();
          resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
          return Status::ok();
        }
        if (free_slot < 0) free_slot = static_cast<int64_t>(i + j);
        continue;
      }
      if (e.key.is(key)) return Status::ok();
      if (e.hash == hash) {
        if (is_str(e.key) && is_str(key)) {
          if (str_equal(as_str(e.key), as_str(key))) return Status::ok();
          continue;
        }
        Value start_key = e.key;
        size_t table_size = s->table.size();
        bool eq = EDGE_TRY(equal(vm, start_key, key));
        if (s->table.size() != table_size || !s->table[i + j].key.is(start_key)) goto restart;
        if (eq) return Status::ok();
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

Fallible<bool> discard_entry(VM& vm, Set* s, Value key, int64_t hash) {
  int64_t at = EDGE_TRY(find_entry(vm, s, key, hash));
  if (at < 0) return false;
  s->table[at] = SetEntry{-1, Value::null()};
  --s->used;
  return true;
}

Set* new_set_of_type(VM& vm, Type* type) {
  Set* s = vm.heap.make<Set>(type);
  return s;
}

// CPython's set_update_internal for a set argument.
Status update_from_set(VM& vm, Set* s, Set* other) {
  if (other->used == 0) return Status::ok();
  if ((static_cast<size_t>(s->fill) + other->used) * 5 >= static_cast<size_t>(s->mask()) * 3) {
    resize(vm, s, (static_cast<size_t>(s->used) + other->used) * 2);
  }
  if (s->fill == 0 && s->mask() == other->mask() && other->fill == other->used) {
    for (size_t i = 0; i < other->table.size(); ++i) {
      if (is_active(other->table[i])) s->table[i] = other->table[i];
    }
    s->fill = other->fill;
    s->used = other->used;
    return Status::ok();
  }
  if (s->fill == 0) {
    s->fill = other->used;
    s->used = other->used;
    for (const SetEntry& e : other->table) {
      if (is_active(e)) insert_clean(s->table, e.key, e.hash);
    }
    return Status::ok();
  }
  std::vector<SetEntry> entries = other->table;  // other may be s, or change under us
  for (const SetEntry& e : entries) {
    if (is_active(e)) EDGE_TRY(add_entry(vm, s, e.key, e.hash));
  }
  return Status::ok();
}

}  // namespace

Set::Set(Type* t) : Object(t, ObjectKind::Set), table(kMinSize) {}

void Set::trace(Tracer& t) const {
  for (const SetEntry& e : table) t.visit(e.key);
}

Set* make_set(VM& vm) { return new_set_of_type(vm, vm.types.set); }
Set* make_frozenset(VM& vm) { return new_set_of_type(vm, vm.types.frozenset); }

Status set_add(VM& vm, Set* s, Value key) {
  int64_t h = EDGE_TRY(hash(vm, key));
  return add_entry(vm, s, key, h);
}

Fallible<bool> set_contains(VM& vm, Set* s, Value key) {
  int64_t h = EDGE_TRY(hash(vm, key));
  int64_t at = EDGE_TRY(find_entry(vm, s, key, h));
  return at >= 0;
}

Fallible<bool> set_discard(VM& vm, Set* s, Value key) {
  int64_t h = EDGE_TRY(hash(vm, key));
  return discard_entry(vm, s, key, h);
}

bool set_next(const Set* s, uint32_t& pos, Value& key) {
  while (pos < s->table.size()) {
    const SetEntry& e = s->table[pos++];
    if (is_active(e)) {
      key = e.key;
      return true;
    }
  }
  return false;
}

Status set_update_rpy(VM& vm, Set* s, Value iterable) {
  if (is_set_like(iterable)) return update_from_set(vm, s, as_set(iterable));
  if (is_dict(iterable)) {
    Dict* d = as_dict(iterable);
    if ((static_cast<size_t>(s->fill) + d->used) * 5 >= static_cast<size_t>(s->mask()) * 3) {
      resize(vm, s, (static_cast<size_t>(s->used) + d->used) * 2);
    }
    std::vector<DictEntry> entries = d->entries;
    for (const DictEntry& e : entries) {
      if (!e.key.is_null()) EDGE_TRY(add_entry(vm, s, e.key, e.hash));
    }
    return Status::ok();
  }
  Value it = EDGE_TRY(get_iter(vm, iterable));
  TempRoot root(vm, it);
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) return Status::ok();
    EDGE_TRY(set_add(vm, s, x));
  }
}

// --- algebra ----------------------------------------------------------------------------------------

namespace {

// Operations on a set or frozenset subclass give the plain base type.
Type* result_type(VM& vm, Set* s) {
  return is_subtype(s->type, vm.types.frozenset) ? vm.types.frozenset : vm.types.set;
}

Set* set_copy(VM& vm, Set* s, Type* type) {
  Set* r = new_set_of_type(vm, type);
  Status st = update_from_set(vm, r, s);  // a set source never runs user code
  (void)st;
  return r;
}

// A set holding the items of any iterable (used when an operand is not a set).
Fallible<Set*> as_temporary_set(VM& vm, Value v) {
  if (is_set_like(v)) return as_set(v);
  Set* s = make_set(vm);
  vm.temp_roots.push_back(Value::from_object(s));
  Status st = set_update_rpy(vm, s, v);
  vm.temp_roots.pop_back();
  if (st.failed()) return Error{};
  return s;
}

Fallible<Set*> set_intersection(VM& vm, Set* s, Value other) {
  Set* result = new_set_of_type(vm, result_type(vm, s));
  TempRoot root(vm, Value::from_object(result));
  if (is_set_like(other)) {
    Set* a = s;
    Set* b = as_set(other);
    if (a == b) return set_copy(vm, a, result_type(vm, s));
    if (b->used > a->used) std::swap(a, b);
    std::vector<SetEntry> entries = b->table;
    for (const SetEntry& e : entries) {
      if (!is_active(e)) continue;
      int64_t at = EDGE_TRY(find_entry(vm, a, e.key, e.hash));
      if (at >= 0) EDGE_TRY(add_entry(vm, result, e.key, e.hash));
    }
    return result;
  }
  Value it = EDGE_TRY(get_iter(vm, other));
  TempRoot it_root(vm, it);
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) return result;
    int64_t h = EDGE_TRY(hash(vm, x));
    int64_t at = EDGE_TRY(find_entry(vm, s, x, h));
    if (at >= 0) EDGE_TRY(add_entry(vm, result, x, h));
  }
}

Status difference_update(VM& vm, Set* s, Value other) {
  if (is_set_like(other) && as_set(other) == s) {
    s->table.assign(kMinSize, SetEntry{});
    s->fill = s->used = 0;
    return Status::ok();
  }
  if (is_set_like(other)) {
    std::vector<SetEntry> entries = as_set(other)->table;
    for (const SetEntry& e : entries) {
      if (is_active(e)) EDGE_TRY(discard_entry(vm, s, e.key, e.hash));
    }
    return Status::ok();
  }
  Value it = EDGE_TRY(get_iter(vm, other));
  TempRoot root(vm, it);
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) return Status::ok();
    EDGE_TRY(set_discard(vm, s, x));
  }
}

Fallible<Set*> set_difference(VM& vm, Set* s, Value other) {
  int64_t other_size;
  if (is_set_like(other)) {
    other_size = as_set(other)->used;
  } else if (is_dict(other)) {
    other_size = as_dict(other)->used;
  } else {
    Set* r = set_copy(vm, s, result_type(vm, s));
    TempRoot root(vm, Value::from_object(r));
    EDGE_TRY(difference_update(vm, r, other));
    return r;
  }
  if ((static_cast<int64_t>(s->used) >> 2) > other_size) {
    Set* r = set_copy(vm, s, result_type(vm, s));
    TempRoot root(vm, Value::from_object(r));
    EDGE_TRY(difference_update(vm, r, other));
    return r;
  }
  Set* result = new_set_of_type(vm, result_type(vm, s));
  TempRoot root(vm, Value::from_object(result));
  std::vector<SetEntry> entries = s->table;
  for (const SetEntry& e : entries) {
    if (!is_active(e)) continue;
    bool present;
    if (is_set_like(other)) {
      present = EDGE_TRY(find_entry(vm, as_set(other), e.key, e.hash)) >= 0;
    } else {
      present = !EDGE_TRY(dict_get(vm, as_dict(other), e.key)).is_null();
    }
    if (!present) EDGE_TRY(add_entry(vm, result, e.key, e.hash));
  }
  return result;
}

Status symmetric_difference_update(VM& vm, Set* s, Value other) {
  Set* o = EDGE_TRY(as_temporary_set(vm, other));
  TempRoot root(vm, Value::from_object(o));
  if (o == s) {
    s->table.assign(kMinSize, SetEntry{});
    s->fill = s->used = 0;
    return Status::ok();
  }
  std::vector<SetEntry> entries = o->table;
  for (const SetEntry& e : entries) {
    if (!is_active(e)) continue;
    bool removed = EDGE_TRY(discard_entry(vm, s, e.key, e.hash));
    if (!removed) EDGE_TRY(add_entry(vm, s, e.key, e.hash));
  }
  return Status::ok();
}

Fallible<Set*> set_symmetric_difference(VM& vm, Set* s, Value other) {
  Set* result = new_set_of_type(vm, result_type(vm, s));
  TempRoot root(vm, Value::from_object(result));
  EDGE_TRY(set_update_rpy(vm, result, other));
  EDGE_TRY(symmetric_difference_update(vm, result, Value::from_object(s)));
  return result;
}

Fallible<bool> is_subset(VM& vm, Set* a, Set* b) {
  if (a->used > b->used) return false;
  std::vector<SetEntry> entries = a->table;
  for (const SetEntry& e : entries) {
    if (is_active(e) && EDGE_TRY(find_entry(vm, b, e.key, e.hash)) < 0) return false;
  }
  return true;
}

// --- protocol ---------------------------------------------------------------------------------------

Result set_repr(VM& vm, Value self) {
  Set* s = as_set(self);
  std::string_view name = type_name(vm, self);
  bool plain_set = s->type == vm.types.set;
  if (s->used == 0) return Value::from_object(make_str(vm, fmt::format("{}()", name)));
  if (repr_enter(vm, s)) return Value::from_object(make_str(vm, fmt::format("{}(...)", name)));
  std::string out = plain_set ? "{" : fmt::format("{}({{", name);
  bool first = true;
  std::vector<SetEntry> entries = s->table;
  for (const SetEntry& e : entries) {
    if (!is_active(e)) continue;
    if (!first) out += ", ";
    first = false;
    Result r = repr(vm, e.key);
    if (r.failed()) {
      repr_leave(vm, s);
      return Error{};
    }
    out += as_str(r.value())->view();
  }
  repr_leave(vm, s);
  out += plain_set ? "}" : "})";
  return Value::from_object(make_str(vm, out));
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

Fallible<int64_t> frozenset_hash(VM&, Value self) {
  Set* s = as_set(self);
  if (s->hash_cache != -1) return s->hash_cache;
  uint64_t h = 0;
  for (const SetEntry& e : s->table) {
    if (is_active(e)) h ^= shuffle_bits(static_cast<uint64_t>(e.hash));
  }
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  int64_t r = h == static_cast<uint64_t>(-1) ? 590923713 : static_cast<int64_t>(h);
  s->hash_cache = r;
  return r;
}

Result set_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_set_like(b)) return Value::from_object(vm.not_implemented);
  Set* x = as_set(a);
  Set* y = as_set(b);
  switch (op) {
    case CompareOp::Eq:
      if (x->used != y->used) return Value::boolean(false);
      return Value::boolean(EDGE_TRY(is_subset(vm, x, y)));
    case CompareOp::Ne:
      if (x->used != y->used) return Value::boolean(true);
      return Value::boolean(!EDGE_TRY(is_subset(vm, x, y)));
    case CompareOp::Le: return Value::boolean(EDGE_TRY(is_subset(vm, x, y)));
    case CompareOp::Ge: return Value::boolean(EDGE_TRY(is_subset(vm, y, x)));
    case CompareOp::Lt: return Value::boolean(x->used < y->used && EDGE_TRY(is_subset(vm, x, y)));
    case CompareOp::Gt: return Value::boolean(y->used < x->used && EDGE_TRY(is_subset(vm, y, x)));
  }
  return Value::boolean(false);
}

Fallible<int64_t> set_length(VM&, Value self) { return static_cast<int64_t>(as_set(self)->used); }

Fallible<bool> set_contains_slot(VM& vm, Value self, Value item) {
  Fallible<int64_t> h = hash(vm, item);
  if (h.failed()) {
    // `set() in s` looks for the equal frozenset, as CPython does.
    if (is_set_like(item) && vm.pending_is(vm.exc.TypeError)) {
      (void)vm.take_pending_exception();
      Set* frozen = set_copy(vm, as_set(item), vm.types.frozenset);
      TempRoot root(vm, Value::from_object(frozen));
      return set_contains(vm, as_set(self), Value::from_object(frozen));
    }
    return Error{};
  }
  int64_t at = EDGE_TRY(find_entry(vm, as_set(self), item, h.value()));
  return at >= 0;
}

Result set_iter(VM& vm, Value self) {
  // set_iterator: a = the set (null when exhausted), i = next table position, j = size
  // at the start (CPython: "Set changed size during iteration").
  IterState* it = make_iter_state(vm, vm.types.set_iterator, self);
  it->j = as_set(self)->used;
  return Value::from_object(it);
}

Result set_iter_next(VM& vm, Value self) {
  IterState* it = static_cast<IterState*>(self.as_object());
  if (it->a.is_null()) return Value::null();
  Set* s = as_set(it->a);
  if (static_cast<int64_t>(s->used) != it->j) {
    it->a = Value::null();
    return vm.raise(vm.exc.RuntimeError, "Set changed size during iteration");
  }
  uint32_t pos = static_cast<uint32_t>(it->i);
  Value key;
  if (!set_next(s, pos, key)) {
    it->a = Value::null();
    return Value::null();
  }
  it->i = pos;
  return key;
}

template <BinaryOp kOp> Result set_binary(VM& vm, Value a, Value b) {
  if (!is_set_like(a) || !is_set_like(b)) return Value::from_object(vm.not_implemented);
  Set* s = as_set(a);
  switch (kOp) {
    case BinaryOp::Or: {
      Set* r = set_copy(vm, s, result_type(vm, s));
      TempRoot root(vm, Value::from_object(r));
      EDGE_TRY(set_update_rpy(vm, r, b));
      return Value::from_object(r);
    }
    case BinaryOp::And: {
      Set* r = EDGE_TRY(set_intersection(vm, s, b));
      return Value::from_object(r);
    }
    case BinaryOp::Sub: {
      Set* r = EDGE_TRY(set_difference(vm, s, b));
      return Value::from_object(r);
    }
    default: {
      Set* r = EDGE_TRY(set_symmetric_difference(vm, s, b));
      return Value::from_object(r);
    }
  }
}

template <BinaryOp kOp> Result set_inplace(VM& vm, Value a, Value b) {
  if (!is_set_like(b)) return Value::from_object(vm.not_implemented);
  Set* s = as_set(a);
  switch (kOp) {
    case BinaryOp::Or:
      EDGE_TRY(set_update_rpy(vm, s, b));
      break;
    case BinaryOp::And: {
      Set* r = EDGE_TRY(set_intersection(vm, s, b));
      s->table.swap(r->table);
      std::swap(s->fill, r->fill);
      std::swap(s->used, r->used);
      break;
    }
    case BinaryOp::Sub:
      EDGE_TRY(difference_update(vm, s, b));
      break;
    default:
      EDGE_TRY(symmetric_difference_update(vm, s, b));
      break;
  }
  return a;
}

Result set_construct(VM& vm, Type* type, CallArgs args) {
  const char* name = type == vm.types.frozenset ? "frozenset" : "set";
  EDGE_TRY(check_no_kwargs(vm, args, name));
  EDGE_TRY(check_arg_count(vm, args, name, 0, 1));
  if (type == vm.types.frozenset && args.nargs == 1 && is_set_like(args[0]) &&
      as_set(args[0])->type == vm.types.frozenset) {
    return args[0];
  }
  Set* s = new_set_of_type(vm, type);
  TempRoot root(vm, Value::from_object(s));
  if (args.nargs == 1) EDGE_TRY(set_update_rpy(vm, s, args[0]));
  return Value::from_object(s);
}

// Subclass support. A set subtype's new_ makes it empty and init fills it; a
// frozenset's contents are fixed by new_.
Result set_new(VM& vm, Type* type, CallArgs) { return Value::from_object(new_set_of_type(vm, type)); }

Status set_init(VM& vm, Value self, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "set"));
  if (args.nargs > 1) return vm.raise_fmt(vm.exc.TypeError, "set expected at most 1 argument, got {}", args.nargs);
  Set* s = as_set(self);
  s->table.assign(kMinSize, SetEntry{});
  s->fill = s->used = 0;
  if (args.nargs == 1) EDGE_TRY(set_update_rpy(vm, s, args[0]));
  return Status::ok();
}

Result frozenset_new(VM& vm, Type* type, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "frozenset"));
  if (args.nargs > 1) {
    return vm.raise_fmt(vm.exc.TypeError, "frozenset expected at most 1 argument, got {}", args.nargs);
  }
  Set* s = new_set_of_type(vm, type);
  TempRoot root(vm, Value::from_object(s));
  if (args.nargs == 1) EDGE_TRY(set_update_rpy(vm, s, args[0]));
  return Value::from_object(s);
}

// --- methods -----------------------------------------------------------------------------------------

Set* self_set(CallArgs args) { return as_set(args[0]); }

Result set_add_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "set.add", 2, 2));
  EDGE_TRY(set_add(vm, self_set(args), args[1]));
  return Value::none();
}

Result set_remove(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "set.remove", 2, 2));
  bool removed = EDGE_TRY(set_discard(vm, self_set(args), args[1]));
  if (!removed) {
    return vm.raise_value(Value::from_object(make_exception(vm, vm.exc.KeyError, make_tuple(vm, {args[1]}))));
  }
  return Value::none();
}

Result set_discard_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "set.discard", 2, 2));
  EDGE_TRY(set_discard(vm, self_set(args), args[1]));
  return Value::none();
}

Result set_pop(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "set.pop", 1, 1));
  Set* s = self_set(args);
  if (s->used == 0) return vm.raise(vm.exc.KeyError, "pop from an empty set");
  size_t mask = s->mask();
  size_t i = s->finger & mask;
  while (!is_active(s->table[i])) i = (i + 1) & mask;
  Value key = s->table[i].key;
  s->table[i] = SetEntry{-1, Value::null()};
  --s->used;
  s->finger = static_cast<uint32_t>(i + 1);
  return key;
}

Result set_clear(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "set.clear", 1, 1));
  Set* s = self_set(args);
  s->table.assign(kMinSize, SetEntry{});
  s->fill = s->used = 0;
  return Value::none();
}

// "set.copy" or "frozenset.copy": CPython names the method's own type in errors.
std::string method_name(VM& vm, CallArgs args, const char* method) {
  bool frozen = args.nargs > 0 && is_set_like(args[0]) && is_subtype(as_set(args[0])->type, vm.types.frozenset);
  return std::string(frozen ? "frozenset." : "set.") + method;
}

// The argument checks, building the qualified name only when they fail.
Status check_set_args(VM& vm, CallArgs args, const char* method, uint32_t min, uint32_t max) {
  if (args.nkw() == 0 && args.nargs >= min && args.nargs <= max) return Status::ok();
  return check_arg_count(vm, args, method_name(vm, args, method).c_str(), min, max);
}

Status check_set_no_kwargs(VM& vm, CallArgs args, const char* method) {
  if (args.nkw() == 0) return Status::ok();
  return check_no_kwargs(vm, args, method_name(vm, args, method).c_str());
}

Result set_copy_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_set_args(vm, args, "copy", 1, 1));
  Set* s = self_set(args);
  if (s->type == vm.types.frozenset) return args[0];
  return Value::from_object(set_copy(vm, s, result_type(vm, s)));
}

Result set_update_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "set.update"));
  for (uint32_t i = 1; i < args.nargs; ++i) EDGE_TRY(set_update_rpy(vm, self_set(args), args[i]));
  return Value::none();
}

Result set_union_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_set_no_kwargs(vm, args, "union"));
  Set* s = self_set(args);
  Set* r = set_copy(vm, s, result_type(vm, s));
  TempRoot root(vm, Value::from_object(r));
  for (uint32_t i = 1; i < args.nargs; ++i) EDGE_TRY(set_update_rpy(vm, r, args[i]));
  return Value::from_object(r);
}

Result set_intersection_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_set_no_kwargs(vm, args, "intersection"));
  Set* s = self_set(args);
  if (args.nargs == 1) return Value::from_object(set_copy(vm, s, result_type(vm, s)));
  Set* r = s;
  TempRoot root(vm, Value::from_object(r));
  for (uint32_t i = 1; i < args.nargs; ++i) {
    r = EDGE_TRY(set_intersection(vm, r, args[i]));
    root.set(Value::from_object(r));
  }
  return Value::from_object(r);
}

Result set_difference_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_set_no_kwargs(vm, args, "difference"));
  Set* s = self_set(args);
  if (args.nargs == 1) return Value::from_object(set_copy(vm, s, result_type(vm, s)));
  Set* r = EDGE_TRY(set_difference(vm, s, args[1]));
  TempRoot root(vm, Value::from_object(r));
  for (uint32_t i = 2; i < args.nargs; ++i) EDGE_TRY(difference_update(vm, r, args[i]));
  return Value::from_object(r);
}

Result set_symmetric_difference_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_set_args(vm, args, "symmetric_difference", 2, 2));
  Set* r = EDGE_TRY(set_symmetric_difference(vm, self_set(args), args[1]));
  return Value::from_object(r);
}

Result set_intersection_update(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "set.intersection_update"));
  Set* s = self_set(args);
  for (uint32_t i = 1; i < args.nargs; ++i) {
    Set* r = EDGE_TRY(set_intersection(vm, s, args[i]));
    s->table.swap(r->table);
    std::swap(s->fill, r->fill);
    std::swap(s->used, r->used);
  }
  return Value::none();
}

Result set_difference_update_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "set.difference_update"));
  for (uint32_t i = 1; i < args.nargs; ++i) EDGE_TRY(difference_update(vm, self_set(args), args[i]));
  return Value::none();
}

Result set_symmetric_difference_update_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "set.symmetric_difference_update", 2, 2));
  EDGE_TRY(symmetric_difference_update(vm, self_set(args), args[1]));
  return Value::none();
}

Result set_issubset(VM& vm, CallArgs args) {
  EDGE_TRY(check_set_args(vm, args, "issubset", 2, 2));
  Set* other = EDGE_TRY(as_temporary_set(vm, args[1]));
  TempRoot root(vm, Value::from_object(other));
  return Value::boolean(EDGE_TRY(is_subset(vm, self_set(args), other)));
}

Result set_issuperset(VM& vm, CallArgs args) {
  EDGE_TRY(check_set_args(vm, args, "issuperset", 2, 2));
  Set* other = EDGE_TRY(as_temporary_set(vm, args[1]));
  TempRoot root(vm, Value::from_object(other));
  return Value::boolean(EDGE_TRY(is_subset(vm, other, self_set(args))));
}

Result set_isdisjoint(VM& vm, CallArgs args) {
  EDGE_TRY(check_set_args(vm, args, "isdisjoint", 2, 2));
  Set* other = EDGE_TRY(as_temporary_set(vm, args[1]));
  TempRoot root(vm, Value::from_object(other));
  Set* s = self_set(args);
  std::vector<SetEntry> entries = other->table;
  for (const SetEntry& e : entries) {
    if (is_active(e) && EDGE_TRY(find_entry(vm, s, e.key, e.hash)) >= 0) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Result iter_self(VM&, Value self) { return self; }

const NativeMethodDef kSetMethods[] = {
    {"add", set_add_method},
    {"remove", set_remove},
    {"discard", set_discard_method},
    {"pop", set_pop},
    {"clear", set_clear},
    {"update", set_update_method},
    {"intersection_update", set_intersection_update},
    {"difference_update", set_difference_update_method},
    {"symmetric_difference_update", set_symmetric_difference_update_method},
    {nullptr, nullptr},
};

const NativeMethodDef kSharedSetMethods[] = {
    {"copy", set_copy_method},
    {"union", set_union_method},
    {"intersection", set_intersection_method},
    {"difference", set_difference_method},
    {"symmetric_difference", set_symmetric_difference_method},
    {"issubset", set_issubset},
    {"issuperset", set_issuperset},
    {"isdisjoint", set_isdisjoint},
    {nullptr, nullptr},
};

}  // namespace

void install_set_types(VM& vm) {
  for (Type* t : {vm.types.set, vm.types.frozenset}) {
    t->slots.repr = set_repr;
    t->slots.compare = set_compare;
    t->slots.length = set_length;
    t->slots.contains = set_contains_slot;
    t->slots.iter = set_iter;
    t->slots.construct = set_construct;
    t->slots.binary[static_cast<int>(BinaryOp::Or)] = set_binary<BinaryOp::Or>;
    t->slots.binary[static_cast<int>(BinaryOp::And)] = set_binary<BinaryOp::And>;
    t->slots.binary[static_cast<int>(BinaryOp::Sub)] = set_binary<BinaryOp::Sub>;
    t->slots.binary[static_cast<int>(BinaryOp::Xor)] = set_binary<BinaryOp::Xor>;
    add_methods(vm, t, kSharedSetMethods);
  }
  Type* set = vm.types.set;
  set->slots.hash = nullptr;
  set->slots.new_ = set_new;
  set->slots.init = set_init;
  vm.types.frozenset->slots.new_ = frozenset_new;
  set->slots.inplace[static_cast<int>(BinaryOp::Or)] = set_inplace<BinaryOp::Or>;
  set->slots.inplace[static_cast<int>(BinaryOp::And)] = set_inplace<BinaryOp::And>;
  set->slots.inplace[static_cast<int>(BinaryOp::Sub)] = set_inplace<BinaryOp::Sub>;
  set->slots.inplace[static_cast<int>(BinaryOp::Xor)] = set_inplace<BinaryOp::Xor>;
  add_methods(vm, set, kSetMethods);
  vm.types.frozenset->slots.hash = frozenset_hash;

  vm.types.set_iterator->slots.iter = iter_self;
  vm.types.set_iterator->slots.next = set_iter_next;
}

}  // namespace edge::vm
