// set and frozenset: open-addressed hash table of keys.
//
// The table layout and growth policy follow CPython's observable behaviour (linear
// probing in runs before perturbed jumps, 60% fill limit, growth to 4x the used count,
// the same copy/union/intersection/difference strategies), because iteration order --
// and so what print({3, 10, 100}) shows -- is a function of exactly those choices.
// Only int-like keys have hashes equal to CPython's; str hashes differ by design
// (CPython randomises them anyway).
#pragma once

#include <vector>

#include "vm/object.h"

namespace edge::vm {

struct SetEntry {
  int64_t hash = 0;
  Value key;  // null and hash 0: never used; null and hash -1: deleted
};

struct Set : Object {
  std::vector<SetEntry> table;  // size is a power of two (8 minimum)
  uint32_t fill = 0;            // active + deleted
  uint32_t used = 0;            // active
  uint32_t finger = 0;          // where pop() resumes its scan
  int64_t hash_cache = -1;      // frozenset only

  Set(Type* t);
  void trace(Tracer& t) const;
  size_t owned_bytes() const { return table.capacity() * sizeof(SetEntry); }
  uint32_t mask() const { return static_cast<uint32_t>(table.size() - 1); }
};

inline bool is_set_like(Value v) { return is_kind(v, ObjectKind::Set); }
inline Set* as_set(Value v) { return static_cast<Set*>(v.as_object()); }

Set* make_set(VM& vm);                 // empty set
Set* make_frozenset(VM& vm);           // empty frozenset, to fill before publishing
Status set_add(VM& vm, Set* s, Value key);
Fallible<bool> set_contains(VM& vm, Set* s, Value key);
Fallible<bool> set_discard(VM& vm, Set* s, Value key);
bool set_next(const Set* s, uint32_t& pos, Value& key);
// s |= iterable (any iterable; a set argument takes CPython's set fast paths).
Status set_update_rpy(VM& vm, Set* s, Value iterable);

void install_set_types(VM& vm);

}  // namespace edge::vm
