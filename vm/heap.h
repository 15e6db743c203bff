// The object heap and its precise, non-moving mark-sweep collector.
//
// Every Python heap object is created by Heap::make (or make_with_extra for layouts
// with trailing storage: str, bytes, tuple) and linked into one intrusive list. A
// collection marks everything reachable from the VM's roots (VM::trace_roots: builtin
// types, interned names, module table, every task's frames, the pending exception,
// temporary roots) with an explicit mark stack -- no C++ recursion -- then sweeps the
// list, destroying unmarked objects.
//
// When collections happen (docs/notes/gc-safety.md): only at safe points the
// interpreter chooses (function calls and loop back-edges) and only when the
// allocation budget is exhausted. Native code therefore never sees an object freed
// under it, unless it calls back into Python (`_rpy` functions); then it must keep its
// temporaries reachable with a TempRoot.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>
#include <vector>

#include "vm/object.h"

namespace edge::vm {

// Visits the references of one object or root. Layouts implement
// `void trace(Tracer&) const` and call visit() for every Value / Object* they hold.
class Tracer {
 public:
  void visit(Value v) {
    if (v.is_object()) visit(v.as_object());
  }
  void visit(const Object* o) {
    if (o && !o->gc_marked) {
      const_cast<Object*>(o)->gc_marked = 1;
      stack_.push_back(const_cast<Object*>(o));
    }
  }
  template <class It> void visit_range(It begin, It end) {
    for (; begin != end; ++begin) visit(*begin);
  }

 private:
  friend class Heap;
  std::vector<Object*> stack_;
};

struct HeapStats {
  uint64_t collections = 0;
  uint64_t objects_live = 0;
  uint64_t bytes_live = 0;          // object headers and trailing storage after the last sweep
  uint64_t bytes_since_collect = 0;
  uint64_t objects_freed_total = 0;
};

class Heap {
 public:
  Heap() = default;
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;
  ~Heap();

  // A new object of layout T; T's constructor takes (Type*, args...).
  template <class T, class... A> T* make(Type* type, A&&... args) {
    void* memory = allocate(sizeof(T));
    T* object = new (memory) T(type, std::forward<A>(args)...);
    adopt(object, sizeof(T));
    return object;
  }

  // As make(), with `extra` bytes of trailing storage right after the T.
  template <class T, class... A> T* make_with_extra(size_t extra, Type* type, A&&... args) {
    void* memory = allocate(sizeof(T) + extra);
    T* object = new (memory) T(type, std::forward<A>(args)...);
    adopt(object, sizeof(T) + extra);
    return object;
  }

  // Containers that grow outside their object (list storage, dict tables) report
  // their growth so the collector's budget sees it.
  void note_external_allocation(size_t bytes) { stats_.bytes_since_collect += bytes; }
  // Memory an object owns outside its allocation, fixed at creation (a big int's
  // limbs): counted in its size so collections are triggered, and accounted, by it.
  void account_owned_memory(Object* object, size_t bytes) {
    object->gc_size += static_cast<uint32_t>(bytes);
    stats_.bytes_since_collect += bytes;
  }

  bool wants_collection() const { return stats_.bytes_since_collect >= next_collect_bytes_; }

  // A collection in steps (VM::collect drives them): mark everything reachable from
  // what `tracer` has visited so far (repeatable, for weak structures), then sweep
  // every unmarked object and clear the marks.
  void mark(Tracer& tracer) { drain(tracer); }
  void sweep();

  const HeapStats& stats() const { return stats_; }

  // Collect whenever at least `bytes` were allocated since the last collection
  // (0: at every safe point -- the GC stress mode tests use to flush out rooting bugs).
  void set_collect_threshold(uint64_t bytes) {
    fixed_threshold_ = true;
    next_collect_bytes_ = bytes;
  }

 private:
  void* allocate(size_t bytes);
  void adopt(Object* object, size_t bytes);
  void drain(Tracer& tracer);
  static void trace_object(Object* object, Tracer& tracer);
  static void destroy_object(Object* object);
  static size_t owned_bytes(const Object* object);

  Object* all_ = nullptr;
  HeapStats stats_;
  uint64_t next_collect_bytes_ = 8u << 20;
  bool fixed_threshold_ = false;
};

}  // namespace edge::vm
