// dict: insertion-ordered hash map.
//
// Layout: `entries` holds (hash, key, value) in insertion order; a deleted entry keeps
// its place with a null key until the next resize compacts the array. `index` is an
// open-addressed table of positions into `entries` (-1 empty, -2 deleted), sized to a
// power of two and kept at most 2/3 full. Lookups compare hashes, then identity, then
// Python equality (which can run user code, hence Fallible results).
//
// Iterators remember `used` and `version` to raise CPython's "dictionary changed size
// during iteration" / "dictionary keys changed during iteration".
#pragma once

#include <vector>

#include "vm/object.h"

namespace edge::vm {

struct DictEntry {
  int64_t hash;
  Value key;  // null: deleted
  Value value;
};

struct Dict : Object {
  std::vector<DictEntry> entries;
  std::vector<int32_t> index;  // empty until the first insertion
  uint32_t used = 0;           // live entries
  uint64_t version = 0;        // bumped when the set of keys changes

  Dict(Type* t) : Object(t, ObjectKind::Dict) {}
  void trace(Tracer& t) const;
  size_t owned_bytes() const { return entries.capacity() * sizeof(DictEntry) + index.capacity() * sizeof(int32_t); }
  uint32_t size() const { return used; }
};

// dict_keys / dict_values / dict_items: live views of a dict.
struct DictView : Object {
  Dict* dict;
  DictView(Type* t, Dict* d) : Object(t, ObjectKind::DictView), dict(d) {}
  void trace(Tracer& t) const;
};

inline bool is_dict(Value v) { return is_kind(v, ObjectKind::Dict); }
inline Dict* as_dict(Value v) { return static_cast<Dict*>(v.as_object()); }

Dict* make_dict(VM& vm);

// Value for `key`, or null if absent.
Fallible<Value> dict_get(VM& vm, Dict* d, Value key);
// Lookup by a str key without running user code (identity or str equality only).
Value dict_get_str(Dict* d, Str* key);
// The position of `key` in d->entries, or -1. Positions stay valid while d->version
// is unchanged (it changes whenever a key is added or removed, or entries move), which
// is what the interpreter's global-variable caches rely on. Versions are unique across
// all dicts, so a cache can never mistake one dict for another.
int32_t dict_find_str(const Dict* d, Str* key);
Status dict_set(VM& vm, Dict* d, Value key, Value value);
void dict_set_str(VM& vm, Dict* d, Str* key, Value value);
// Removes `key`; returns the removed value, or null if it was absent.
Fallible<Value> dict_pop(VM& vm, Dict* d, Value key);
void dict_clear(Dict* d);
// Iteration by position: returns false at the end. `pos` starts at 0.
bool dict_next(const Dict* d, uint32_t& pos, Value& key, Value& value);
Dict* dict_copy(VM& vm, Dict* d);
// d.update(other) for a dict or any mapping/iterable of pairs.
Status dict_update_rpy(VM& vm, Dict* d, Value other);
// `**other` merging for calls: duplicate keys raise TypeError naming the function.
Status dict_merge_kwargs_rpy(VM& vm, Dict* d, Value other, Value function_for_errors);

void install_dict_type(VM& vm);

}  // namespace edge::vm
