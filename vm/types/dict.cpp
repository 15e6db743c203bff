// dict: the ordered hash table (see dict.h for the layout), its views, iterators and
// methods.
#include "vm/types/dict.h"

#include <algorithm>

#include "vm/args.h"
#include "vm/ops.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/misc.h"
#include "vm/types/sequence.h"
#include "vm/types/set.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;
constexpr size_t kMinIndexSize = 8;

// Dict versions come from one counter so that no two dicts ever share a version.
uint64_t next_version() {
  static uint64_t counter = 0;
  return ++counter;
}

// Result of probing for a key: the entry index if found (else -1) and the index slot
// where it is or would go.
struct Probe {
  int32_t entry = -1;
  size_t slot = 0;
};

void rebuild_index(Dict* d, size_t min_size) {
  // Compact deleted entries away, then re-index.
  if (d->used != d->entries.size()) {
    size_t w = 0;
    for (size_t r = 0; r < d->entries.size(); ++r) {
      if (!d->entries[r].key.is_null()) d->entries[w++] = d->entries[r];
    }
    d->entries.resize(w);
  }
  size_t size = kMinIndexSize;
  while (size < min_size) size <<= 1;
  d->index.assign(size, kEmpty);
  d->version = next_version();
  size_t mask = size - 1;
  for (size_t e = 0; e < d->entries.size(); ++e) {
    uint64_t perturb = static_cast<uint64_t>(d->entries[e].hash);
    size_t i = static_cast<size_t>(perturb) & mask;
    while (d->index[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = static_cast<int32_t>(e);
  }
}

Fallible<Probe> probe(VM& vm, Dict* d, Value key, int64_t hash) {
restart:
  Probe p;
  if (d->index.empty()) return p;
  size_t mask = d->index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  bool have_free = false;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) {
      if (!have_free) p.slot = i;
      return p;
    }
    if (ix == kDeleted) {
      if (!have_free) {
        p.slot = i;
        have_free = true;
      }
    } else {
      const DictEntry& e = d->entries[ix];
      if (e.key.is(key)) {
        p.entry = ix;
        p.slot = i;
        return p;
      }
      if (e.hash == hash) {
        Value k = e.key;
        if (is_str(k) && is_str(key)) {
          if (str_equal(as_str(k), as_str(key))) {
            p.entry = ix;
            p.slot = i;
            return p;
          }
        } else {
          uint64_t version = d->version;
          size_t index_size = d->index.size();
          bool eq = EDGE_TRY(equal(vm, k, key));
          // The comparison ran Python code that changed the dict: start over.
          if (d->version != version || d->index.size() != index_size) goto restart;
          if (eq) {
            p.entry = ix;
            p.slot = i;
            return p;
          }
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Error raise_key_error(VM& vm, Value key) {
  Tuple* args = make_tuple(vm, {key});
  return vm.raise_value(Value::from_object(make_exception(vm, vm.exc.KeyError, args)));
}

}  // namespace

void Dict::trace(Tracer& t) const {
  for (const DictEntry& e : entries) {
    t.visit(e.key);
    t.visit(e.value);
  }
}

void DictView::trace(Tracer& t) const { t.visit(dict); }

Dict* make_dict(VM& vm) { return vm.heap.make<Dict>(vm.types.dict); }

Fallible<Value> dict_get(VM& vm, Dict* d, Value key) {
  if (d->used == 0) {
    // Still check hashability, as CPython does ({}[[]] is a TypeError).
    EDGE_TRY(hash(vm, key));
    return Value::null();
  }
  int64_t h = EDGE_TRY(hash(vm, key));
  Probe p = EDGE_TRY(probe(vm, d, key, h));
  if (p.entry < 0) return Value::null();
  return d->entries[p.entry].value;
}

int32_t dict_find_str(const Dict* d, Str* key) {
  if (d->used == 0) return -1;
  int64_t h = str_hash(key);
  size_t mask = d->index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(h);
  size_t i = static_cast<size_t>(h) & mask;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[ix];
      if (e.key.is_object() && e.key.as_object() == key) return ix;
      if (e.hash == h && is_str(e.key) && str_equal(as_str(e.key), key)) return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value dict_get_str(Dict* d, Str* key) {
  int32_t ix = dict_find_str(d, key);
  return ix < 0 ? Value::null() : d->entries[ix].value;
}

namespace {

void insert_new(VM& vm, Dict* d, size_t slot, Value key, int64_t h, Value value) {
  d->index[slot] = static_cast<int32_t>(d->entries.size());
  if (d->entries.size() == d->entries.capacity()) vm.heap.note_external_allocation(d->entries.size() * sizeof(DictEntry));
  d->entries.push_back(DictEntry{h, key, value});
  ++d->used;
  d->version = next_version();
  // Keep the index at most 2/3 full, counting deleted entries.
  if (d->entries.size() * 3 >= d->index.size() * 2) rebuild_index(d, d->used * 3);
}

}  // namespace

Status dict_set(VM& vm, Dict* d, Value key, Value value) {
  int64_t h = EDGE_TRY(hash(vm, key));
  if (d->index.empty()) rebuild_index(d, kMinIndexSize);
  Probe p = EDGE_TRY(probe(vm, d, key, h));
  if (p.entry >= 0) {
    d->entries[p.entry].value = value;
    return Status::ok();
  }
  insert_new(vm, d, p.slot, key, h, value);
  return Status::ok();
}

void dict_set_str(VM& vm, Dict* d, Str* key, Value value) {
  // Str keys never run user code, so this cannot fail.
  Status s = dict_set(vm, d, Value::from_object(key), value);
  (void)s;
}

Fallible<Value> dict_pop(VM& vm, Dict* d, Value key) {
  int64_t h = EDGE_TRY(hash(vm, key));
  if (d->used == 0) return Value::null();
  Probe p = EDGE_TRY(probe(vm, d, key, h));
  if (p.entry < 0) return Value::null();
  DictEntry& e = d->entries[p.entry];
  Value v = e.value;
  e.key = Value::null();
  e.value = Value::null();
  d->index[p.slot] = kDeleted;
  --d->used;
  d->version = next_version();
  return v;
}

void dict_clear(Dict* d) {
  d->entries.clear();
  d->index.clear();
  d->used = 0;
  d->version = next_version();
}

bool dict_next(const Dict* d, uint32_t& pos, Value& key, Value& value) {
  while (pos < d->entries.size()) {
    const DictEntry& e = d->entries[pos++];
    if (!e.key.is_null()) {
      key = e.key;
      value = e.value;
      return true;
    }
  }
  return false;
}

Dict* dict_copy(VM& vm, Dict* d) {
  Dict* r = make_dict(vm);
  r->entries.reserve(d->used);
  for (const DictEntry& e : d->entries) {
    if (!e.key.is_null()) r->entries.push_back(e);
  }
  r->used = static_cast<uint32_t>(r->entries.size());
  if (r->used) rebuild_index(r, r->used * 3);
  return r;
}

Status dict_update_rpy(VM& vm, Dict* d, Value other) {
  if (is_dict(other)) {
    Dict* o = as_dict(other);
    std::vector<DictEntry> copy;
    for (const DictEntry& e : o->entries) {
      if (!e.key.is_null()) copy.push_back(e);
    }
    for (const DictEntry& e : copy) EDGE_TRY(dict_set(vm, d, e.key, e.value));
    return Status::ok();
  }
  // A mapping with keys(): d[k] = other[k].
  Value keys_method = EDGE_TRY(getattr_opt(vm, other, vm.names.keys));
  if (!keys_method.is_null()) {
    TempRoot root(vm, keys_method);
    Value keys = EDGE_TRY(call0(vm, keys_method));
    TempRoot keys_root(vm, keys);
    Value it = EDGE_TRY(get_iter(vm, keys));
    TempRoot it_root(vm, it);
    for (;;) {
      Value k = EDGE_TRY(iter_next(vm, it));
      if (k.is_null()) return Status::ok();
      TempRoot k_root(vm, k);
      Value v = EDGE_TRY(getitem(vm, other, k));
      EDGE_TRY(dict_set(vm, d, k, v));
    }
  }
  // An iterable of pairs.
  Value it = EDGE_TRY(get_iter(vm, other));
  TempRoot root(vm, it);
  for (int64_t n = 0;; ++n) {
    Value item = EDGE_TRY(iter_next(vm, it));
    if (item.is_null()) return Status::ok();
    TempRoot item_root(vm, item);
    Type* t = type_of(vm, item);
    if (t->slots.iter == nullptr && t->slots.getitem == nullptr) {
      return vm.raise_fmt(vm.exc.TypeError, "cannot convert dictionary update sequence element #{} to a sequence", n);
    }
    List* pair = make_list(vm);
    TempRoot pair_root(vm, Value::from_object(pair));
    EDGE_TRY(list_extend_rpy(vm, pair, item));
    if (pair->items.size() != 2) {
      return vm.raise_fmt(vm.exc.ValueError, "dictionary update sequence element #{} has length {}; 2 is required", n,
                          pair->items.size());
    }
    EDGE_TRY(dict_set(vm, d, pair->items[0], pair->items[1]));
  }
}

Status dict_merge_kwargs_rpy(VM& vm, Dict* d, Value other, Value function) {
  Dict* source = nullptr;
  Value converted;
  if (is_dict(other)) {
    source = as_dict(other);
  } else {
    Value keys_method = EDGE_TRY(getattr_opt(vm, other, vm.names.keys));
    std::string name;
    if (is_function(function)) {
      name = std::string(as_function(function)->qualname->view());
    } else if (is_builtin_function(function)) {
      name = std::string(as_builtin_function(function)->name->view());
    } else {
      name = std::string(type_name(vm, function));
    }
    if (keys_method.is_null()) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() argument after ** must be a mapping, not {}", name,
                          type_name(vm, other));
    }
    Dict* tmp = make_dict(vm);
    converted = Value::from_object(tmp);
    TempRoot root(vm, converted);
    EDGE_TRY(dict_update_rpy(vm, tmp, other));
    source = tmp;
  }
  TempRoot root(vm, converted);
  uint32_t pos = 0;
  Value k, v;
  while (dict_next(source, pos, k, v)) {
    if (!is_str(k)) return vm.raise(vm.exc.TypeError, "keywords must be strings");
    Value existing = EDGE_TRY(dict_get(vm, d, k));
    if (!existing.is_null()) {
      std::string name = is_function(function) ? std::string(as_function(function)->qualname->view())
                         : is_builtin_function(function) ? std::string(as_builtin_function(function)->name->view())
                                                         : std::string(type_name(vm, function));
      return vm.raise_fmt(vm.exc.TypeError, "{}() got multiple values for keyword argument '{}'", name,
                          as_str(k)->view());
    }
    EDGE_TRY(dict_set(vm, d, k, v));
  }
  return Status::ok();
}

// --- protocol ------------------------------------------------------------------------------------

namespace {

Result dict_repr(VM& vm, Value self) {
  Dict* d = as_dict(self);
  if (d->used == 0) return Value::from_object(intern(vm, "{}"));
  if (repr_enter(vm, d)) return Value::from_object(intern(vm, "{...}"));
  std::string out = "{";
  bool first = true;
  for (uint32_t pos = 0; pos < d->entries.size(); ++pos) {
    DictEntry e = d->entries[pos];
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    Result k = repr(vm, e.key);
    if (k.failed()) {
      repr_leave(vm, d);
      return Error{};
    }
    out += as_str(k.value())->view();
    out += ": ";
    Result v = repr(vm, e.value);
    if (v.failed()) {
      repr_leave(vm, d);
      return Error{};
    }
    out += as_str(v.value())->view();
  }
  repr_leave(vm, d);
  out += "}";
  return Value::from_object(make_str(vm, out));
}

Result dict_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return Value::from_object(vm.not_implemented);
  Dict* x = as_dict(a);
  Dict* y = as_dict(b);
  bool same = x->used == y->used;
  if (same) {
    std::vector<DictEntry> entries = x->entries;
    for (const DictEntry& e : entries) {
      if (e.key.is_null()) continue;
      Value other = EDGE_TRY(dict_get(vm, y, e.key));
      if (other.is_null() || !EDGE_TRY(equal(vm, e.value, other))) {
        same = false;
        break;
      }
    }
  }
  return Value::boolean(op == CompareOp::Eq ? same : !same);
}

Fallible<int64_t> dict_length(VM&, Value self) { return static_cast<int64_t>(as_dict(self)->used); }

Result dict_getitem(VM& vm, Value self, Value key) {
  Value v = EDGE_TRY(dict_get(vm, as_dict(self), key));
  if (!v.is_null()) return v;
  // A subclass may supply missing keys (collections.defaultdict-style).
  Dict* d = as_dict(self);
  if (d->type != vm.types.dict) {
    Value missing = type_lookup(d->type, vm.names.dunder_missing);
    if (!missing.is_null()) return call2(vm, missing, self, key);
  }
  return raise_key_error(vm, key);
}

Status dict_setitem(VM& vm, Value self, Value key, Value value) {
  if (value.is_null()) {
    Value removed = EDGE_TRY(dict_pop(vm, as_dict(self), key));
    if (removed.is_null()) return raise_key_error(vm, key);
    return Status::ok();
  }
  return dict_set(vm, as_dict(self), key, value);
}

Fallible<bool> dict_contains(VM& vm, Value self, Value key) {
  Value v = EDGE_TRY(dict_get(vm, as_dict(self), key));
  return !v.is_null();
}

// Iterators over a dict: a = the dict (null when exhausted), i = next entry position,
// j = the dict's size when the iteration started, k = its version.
IterState* make_dict_iter(VM& vm, Type* type, Dict* d) {
  IterState* it = make_iter_state(vm, type, Value::from_object(d));
  it->j = d->used;
  it->k = static_cast<int64_t>(d->version);
  return it;
}

Result dict_iter(VM& vm, Value self) {
  return Value::from_object(make_dict_iter(vm, vm.types.dict_keyiterator, as_dict(self)));
}

// The next live entry, or false at the end (or with an error raised).
Fallible<bool> dict_iter_advance(VM& vm, IterState* it, Value& key, Value& value) {
  if (it->a.is_null()) return false;
  Dict* d = as_dict(it->a);
  if (static_cast<int64_t>(d->used) != it->j) {
    it->a = Value::null();
    return vm.raise(vm.exc.RuntimeError, "dictionary changed size during iteration");
  }
  uint32_t pos = static_cast<uint32_t>(it->i);
  bool more = dict_next(d, pos, key, value);
  it->i = pos;
  if (!more) {
    it->a = Value::null();
    return false;
  }
  return true;
}

Result dict_keyiter_next(VM& vm, Value self) {
  Value k, v;
  if (!EDGE_TRY(dict_iter_advance(vm, static_cast<IterState*>(self.as_object()), k, v))) return Value::null();
  return k;
}

Result dict_valueiter_next(VM& vm, Value self) {
  Value k, v;
  if (!EDGE_TRY(dict_iter_advance(vm, static_cast<IterState*>(self.as_object()), k, v))) return Value::null();
  return v;
}

Result dict_itemiter_next(VM& vm, Value self) {
  Value k, v;
  if (!EDGE_TRY(dict_iter_advance(vm, static_cast<IterState*>(self.as_object()), k, v))) return Value::null();
  return Value::from_object(make_tuple(vm, {k, v}));
}

Result dict_reverse_iter_next(VM& vm, Value self) {
  // The reverse iterators: a = dict, i = next position counting down, j = what to
  // yield (0 keys, 1 values, 2 items).
  IterState* it = static_cast<IterState*>(self.as_object());
  if (it->a.is_null()) return Value::null();
  Dict* d = as_dict(it->a);
  while (it->i >= 0 && static_cast<size_t>(it->i) < d->entries.size()) {
    const DictEntry e = d->entries[it->i--];
    if (e.key.is_null()) continue;
    if (it->j == 0) return e.key;
    if (it->j == 1) return e.value;
    return Value::from_object(make_tuple(vm, {e.key, e.value}));
  }
  it->a = Value::null();
  return Value::null();
}

Result make_reverse_iter(VM& vm, Value dict, int64_t mode) {
  IterState* it = make_iter_state(vm, vm.types.dict_reversekeyiterator, dict);
  it->i = static_cast<int64_t>(as_dict(dict)->entries.size()) - 1;
  it->j = mode;
  return Value::from_object(it);
}

Result view_reversed(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "dict_view.__reversed__", 1, 1));
  DictView* view = static_cast<DictView*>(args[0].as_object());
  int64_t mode = view->type == vm.types.dict_keys ? 0 : view->type == vm.types.dict_values ? 1 : 2;
  return make_reverse_iter(vm, Value::from_object(view->dict), mode);
}

const NativeMethodDef kViewMethods[] = {
    {"__reversed__", view_reversed},
    {nullptr, nullptr},
};

Result dict_or(VM& vm, Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return Value::from_object(vm.not_implemented);
  Dict* r = dict_copy(vm, as_dict(a));
  TempRoot root(vm, Value::from_object(r));
  EDGE_TRY(dict_update_rpy(vm, r, b));
  return Value::from_object(r);
}

Result dict_ior(VM& vm, Value a, Value b) {
  EDGE_TRY(dict_update_rpy(vm, as_dict(a), b));
  return a;
}

Result dict_construct(VM& vm, Type*, CallArgs args) {
  if (args.nargs > 1) {
    return vm.raise_fmt(vm.exc.TypeError, "dict expected at most 1 argument, got {}", args.nargs);
  }
  Dict* d = make_dict(vm);
  TempRoot root(vm, Value::from_object(d));
  if (args.nargs == 1) EDGE_TRY(dict_update_rpy(vm, d, args[0]));
  for (uint32_t i = 0; i < args.nkw(); ++i) {
    EDGE_TRY(dict_set(vm, d, args.kwnames->item(i), args.args[args.nargs + i]));
  }
  return Value::from_object(d);
}

// Subclass support: new_ makes an empty dict of the subtype, init fills it.
Result dict_new(VM& vm, Type* type, CallArgs) { return Value::from_object(vm.heap.make<Dict>(type)); }

Status dict_init(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 1) return vm.raise_fmt(vm.exc.TypeError, "dict expected at most 1 argument, got {}", args.nargs);
  Dict* d = as_dict(self);
  if (args.nargs == 1) EDGE_TRY(dict_update_rpy(vm, d, args[0]));
  for (uint32_t i = 0; i < args.nkw(); ++i) {
    EDGE_TRY(dict_set(vm, d, args.kwnames->item(i), args.args[args.nargs + i]));
  }
  return Status::ok();
}

// --- views ----------------------------------------------------------------------------------------

Result make_view(VM& vm, Type* type, Value dict) {
  return Value::from_object(vm.heap.make<DictView>(type, as_dict(dict)));
}

Result view_repr(VM& vm, Value self) {
  DictView* view = static_cast<DictView*>(self.as_object());
  Type* t = view->type;
  Value it = EDGE_TRY(get_iter(vm, self));
  TempRoot root(vm, it);
  List* items = make_list(vm);
  TempRoot items_root(vm, Value::from_object(items));
  EDGE_TRY(list_extend_rpy(vm, items, it));
  if (repr_enter(vm, view)) return Value::from_object(make_str(vm, std::string(type_name_of(t)) + "(...)"));
  Result inner = repr(vm, Value::from_object(items));
  repr_leave(vm, view);
  if (inner.failed()) return Error{};
  return Value::from_object(make_str(vm, fmt::format("{}({})", type_name_of(t), as_str(inner.value())->view())));
}

Fallible<int64_t> view_length(VM&, Value self) {
  return static_cast<int64_t>(static_cast<DictView*>(self.as_object())->dict->used);
}

Result keys_iter(VM& vm, Value self) {
  return Value::from_object(make_dict_iter(vm, vm.types.dict_keyiterator, static_cast<DictView*>(self.as_object())->dict));
}
Result values_iter(VM& vm, Value self) {
  return Value::from_object(
      make_dict_iter(vm, vm.types.dict_valueiterator, static_cast<DictView*>(self.as_object())->dict));
}
Result items_iter(VM& vm, Value self) {
  return Value::from_object(make_dict_iter(vm, vm.types.dict_itemiterator, static_cast<DictView*>(self.as_object())->dict));
}

Fallible<bool> keys_contains(VM& vm, Value self, Value key) {
  Value v = EDGE_TRY(dict_get(vm, static_cast<DictView*>(self.as_object())->dict, key));
  return !v.is_null();
}

Fallible<bool> items_contains(VM& vm, Value self, Value item) {
  if (!is_tuple(item) || as_tuple(item)->length != 2) return false;
  Value v = EDGE_TRY(dict_get(vm, static_cast<DictView*>(self.as_object())->dict, as_tuple(item)->item(0)));
  if (v.is_null()) return false;
  return equal(vm, v, as_tuple(item)->item(1));
}

// Set operations on keys and items views: the result is a set. As in CPython the slot
// serves both operand orders and either side may be any iterable (`["q"] - d.keys()`
// is a set), so both sides become sets here; handing a view back to binary_op would
// bounce between the set and view slots forever.
template <BinaryOp kOp> Result view_set_op(VM& vm, Value a, Value b) {
  Set* left = make_set(vm);
  TempRoot root(vm, Value::from_object(left));
  EDGE_TRY(set_update_rpy(vm, left, a));
  Value right = b;
  if (!is_set_like(b)) {
    Set* r = make_set(vm);
    right = Value::from_object(r);
    TempRoot r_root(vm, right);
    EDGE_TRY(set_update_rpy(vm, r, b));
    return binary_op(vm, kOp, Value::from_object(left), right);
  }
  return binary_op(vm, kOp, Value::from_object(left), right);
}

// keys().isdisjoint(iterable) / items().isdisjoint(iterable).
Result view_isdisjoint(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "isdisjoint", 2, 2));
  Value it = EDGE_TRY(get_iter(vm, args[1]));
  TempRoot root(vm, it);
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) return Value::boolean(true);
    TempRoot x_root(vm, x);
    bool found = EDGE_TRY(contains(vm, args[0], x));
    if (found) return Value::boolean(false);
  }
}

const NativeMethodDef kSetLikeViewMethods[] = {
    {"isdisjoint", view_isdisjoint},
    {nullptr, nullptr},
};

Result view_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (static_cast<DictView*>(a.as_object())->type == vm.types.dict_values) {
    return Value::from_object(vm.not_implemented);
  }
  if (!is_set_like(b) && !is_kind(b, ObjectKind::DictView)) return Value::from_object(vm.not_implemented);
  Set* left = make_set(vm);
  TempRoot root(vm, Value::from_object(left));
  EDGE_TRY(set_update_rpy(vm, left, a));
  Value right = b;
  if (!is_set_like(b)) {
    Set* r = make_set(vm);
    right = Value::from_object(r);
    TempRoot r_root(vm, right);
    EDGE_TRY(set_update_rpy(vm, r, b));
    return compare(vm, Value::from_object(left), right, op);
  }
  return compare(vm, Value::from_object(left), right, op);
}

// --- methods -------------------------------------------------------------------------------------

Dict* self_dict(CallArgs args) { return as_dict(args[0]); }

Result dict_get_method(VM& vm, CallArgs args) {
  static const Signature kSig("get(self, key, default=, /)");
  Value a[3];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  Value v = EDGE_TRY(dict_get(vm, as_dict(a[0]), a[1]));
  if (v.is_null()) return a[2].is_null() ? Value::none() : a[2];
  return v;
}

Result dict_setdefault(VM& vm, CallArgs args) {
  static const Signature kSig("setdefault(self, key, default=, /)");
  Value a[3];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  Value v = EDGE_TRY(dict_get(vm, as_dict(a[0]), a[1]));
  if (!v.is_null()) return v;
  Value d = a[2].is_null() ? Value::none() : a[2];
  EDGE_TRY(dict_set(vm, as_dict(a[0]), a[1], d));
  return d;
}

Result dict_pop_method(VM& vm, CallArgs args) {
  static const Signature kSig("pop(self, key, default=, /)");
  Value a[3];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  Value v = EDGE_TRY(dict_pop(vm, as_dict(a[0]), a[1]));
  if (v.is_null()) {
    if (a[2].is_null()) return raise_key_error(vm, a[1]);
    return a[2];
  }
  return v;
}

Result dict_popitem(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "dict.popitem", 1, 1));
  Dict* d = self_dict(args);
  for (size_t i = d->entries.size(); i-- > 0;) {
    DictEntry e = d->entries[i];
    if (e.key.is_null()) continue;
    Value pair = Value::from_object(make_tuple(vm, {e.key, e.value}));
    (void)EDGE_TRY(dict_pop(vm, d, e.key));
    return pair;
  }
  return vm.raise(vm.exc.KeyError, "popitem(): dictionary is empty");
}

Result dict_keys(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "dict.keys", 1, 1));
  return make_view(vm, vm.types.dict_keys, args[0]);
}
Result dict_values(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "dict.values", 1, 1));
  return make_view(vm, vm.types.dict_values, args[0]);
}
Result dict_items(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "dict.items", 1, 1));
  return make_view(vm, vm.types.dict_items, args[0]);
}

Result dict_update(VM& vm, CallArgs args) {
  if (args.nargs > 2) {
    return vm.raise_fmt(vm.exc.TypeError, "update expected at most 1 argument, got {}", args.nargs - 1);
  }
  Dict* d = self_dict(args);
  if (args.nargs == 2) EDGE_TRY(dict_update_rpy(vm, d, args[1]));
  for (uint32_t i = 0; i < args.nkw(); ++i) {
    EDGE_TRY(dict_set(vm, d, args.kwnames->item(i), args.args[args.nargs + i]));
  }
  return Value::none();
}

Result dict_copy_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "dict.copy", 1, 1));
  return Value::from_object(dict_copy(vm, self_dict(args)));
}

Result dict_clear_method(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "dict.clear", 1, 1));
  dict_clear(self_dict(args));
  return Value::none();
}

Result dict_fromkeys(VM& vm, CallArgs args) {
  static const Signature kSig("fromkeys(cls, iterable, value=, /)");
  Value a[3];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  Value value = a[2].is_null() ? Value::none() : a[2];
  // A subclass gets an instance of itself, filled through its own __setitem__
  // (CPython: cls() then d[key] = value).
  if (!(is_type(a[0]) && as_type(a[0]) == vm.types.dict)) {
    Value obj = EDGE_TRY(call0(vm, a[0]));
    TempRoot obj_root(vm, obj);
    Value it = EDGE_TRY(get_iter(vm, a[1]));
    TempRoot it_root(vm, it);
    for (;;) {
      Value k = EDGE_TRY(iter_next(vm, it));
      if (k.is_null()) return obj;
      TempRoot k_root(vm, k);
      EDGE_TRY(setitem(vm, obj, k, value));
    }
  }
  Dict* d = make_dict(vm);
  TempRoot root(vm, Value::from_object(d));
  Value it = EDGE_TRY(get_iter(vm, a[1]));
  TempRoot it_root(vm, it);
  for (;;) {
    Value k = EDGE_TRY(iter_next(vm, it));
    if (k.is_null()) break;
    EDGE_TRY(dict_set(vm, d, k, value));
  }
  return Value::from_object(d);
}

Result dict_reversed(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "dict.__reversed__", 1, 1));
  return make_reverse_iter(vm, args[0], 0);
}

Result iter_self(VM&, Value self) { return self; }

const NativeMethodDef kDictMethods[] = {
    {"get", dict_get_method},
    {"setdefault", dict_setdefault},
    {"pop", dict_pop_method},
    {"popitem", dict_popitem},
    {"keys", dict_keys},
    {"values", dict_values},
    {"items", dict_items},
    {"update", dict_update},
    {"copy", dict_copy_method},
    {"clear", dict_clear_method},
    {"__reversed__", dict_reversed},
    {nullptr, nullptr},
};

const NativeMethodDef kDictClassMethods[] = {
    {"fromkeys", dict_fromkeys},
    {nullptr, nullptr},
};

}  // namespace

void install_dict_type(VM& vm) {
  Type* t = vm.types.dict;
  t->slots.repr = dict_repr;
  t->slots.hash = nullptr;
  t->slots.compare = dict_compare;
  t->slots.length = dict_length;
  t->slots.getitem = dict_getitem;
  t->slots.setitem = dict_setitem;
  t->slots.contains = dict_contains;
  t->slots.iter = dict_iter;
  t->slots.construct = dict_construct;
  t->slots.new_ = dict_new;
  t->slots.init = dict_init;
  t->slots.binary[static_cast<int>(BinaryOp::Or)] = dict_or;
  t->slots.inplace[static_cast<int>(BinaryOp::Or)] = dict_ior;
  add_methods(vm, t, kDictMethods);
  add_class_methods(vm, t, kDictClassMethods);

  for (Type* view : {vm.types.dict_keys, vm.types.dict_values, vm.types.dict_items}) {
    add_methods(vm, view, kViewMethods);
    view->slots.repr = view_repr;
    view->slots.length = view_length;
    view->slots.hash = nullptr;
  }
  vm.types.dict_keys->slots.iter = keys_iter;
  vm.types.dict_values->slots.iter = values_iter;
  vm.types.dict_items->slots.iter = items_iter;
  vm.types.dict_keys->slots.contains = keys_contains;
  vm.types.dict_items->slots.contains = items_contains;
  for (Type* view : {vm.types.dict_keys, vm.types.dict_items}) {
    add_methods(vm, view, kSetLikeViewMethods);
    view->slots.compare = view_compare;
    view->slots.binary[static_cast<int>(BinaryOp::And)] = view_set_op<BinaryOp::And>;
    view->slots.binary[static_cast<int>(BinaryOp::Or)] = view_set_op<BinaryOp::Or>;
    view->slots.binary[static_cast<int>(BinaryOp::Sub)] = view_set_op<BinaryOp::Sub>;
    view->slots.binary[static_cast<int>(BinaryOp::Xor)] = view_set_op<BinaryOp::Xor>;
  }

  Type* iters[] = {vm.types.dict_keyiterator, vm.types.dict_valueiterator, vm.types.dict_itemiterator,
                   vm.types.dict_reversekeyiterator};
  for (Type* it : iters) it->slots.iter = iter_self;
  vm.types.dict_keyiterator->slots.next = dict_keyiter_next;
  vm.types.dict_valueiterator->slots.next = dict_valueiter_next;
  vm.types.dict_itemiterator->slots.next = dict_itemiter_next;
  vm.types.dict_reversekeyiterator->slots.next = dict_reverse_iter_next;
}

}  // namespace edge::vm
