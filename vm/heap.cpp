// Allocation, marking and sweeping. Tracing and destruction dispatch on the object's
// layout kind through the list in vm/object_kinds.def, so adding a layout is one line
// there plus its struct.
#include "vm/heap.h"

#include <cstdlib>

#include "vm/code.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/generator.h"
#include "vm/types/instance.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/misc.h"
#include "vm/types/module.h"
#include "vm/types/set.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"

namespace edge::vm {

Heap::~Heap() {
  Object* o = all_;
  while (o != nullptr) {
    Object* next = o->gc_next;
    destroy_object(o);
    o = next;
  }
}

void* Heap::allocate(size_t bytes) {
  void* memory = std::malloc(bytes);
  if (memory == nullptr) __builtin_trap();  // out of memory: nothing sensible to do
  return memory;
}

void Heap::adopt(Object* object, size_t bytes) {
  object->gc_size = static_cast<uint32_t>(bytes);
  object->gc_next = all_;
  all_ = object;
  stats_.bytes_since_collect += bytes;
  ++stats_.objects_live;
}

void Heap::trace_object(Object* object, Tracer& tracer) {
  tracer.visit(object->type);
  switch (object->kind) {
#define OBJECT_KIND(kind, cpp_type)                       \
  case ObjectKind::kind:                                  \
    static_cast<cpp_type*>(object)->trace(tracer);        \
    break;
#include "vm/object_kinds.def"
#undef OBJECT_KIND
  }
}

void Heap::destroy_object(Object* object) {
  switch (object->kind) {
#define OBJECT_KIND(kind, cpp_type)                       \
  case ObjectKind::kind:                                  \
    static_cast<cpp_type*>(object)->~cpp_type();          \
    break;
#include "vm/object_kinds.def"
#undef OBJECT_KIND
  }
  std::free(object);
}

namespace {
template <class T> size_t owned_bytes_of(const T* object) {
  if constexpr (requires { object->owned_bytes(); }) {
    return object->owned_bytes();
  } else {
    return 0;
  }
}
}  // namespace

// Memory an object holds outside its own allocation that can grow after creation
// (list items, dict and set tables), for the live-heap figure the memory limit uses.
size_t Heap::owned_bytes(const Object* object) {
  switch (object->kind) {
#define OBJECT_KIND(kind, cpp_type) \
  case ObjectKind::kind:            \
    return owned_bytes_of(static_cast<const cpp_type*>(object));
#include "vm/object_kinds.def"
#undef OBJECT_KIND
  }
  return 0;
}

void Heap::drain(Tracer& tracer) {
  while (!tracer.stack_.empty()) {
    Object* o = tracer.stack_.back();
    tracer.stack_.pop_back();
    trace_object(o, tracer);
  }
}

void Heap::sweep() {
  Object** link = &all_;
  uint64_t live_bytes = 0, live = 0, freed = 0;
  while (Object* o = *link) {
    if (o->gc_marked) {
      o->gc_marked = 0;
      live_bytes += o->gc_size + owned_bytes(o);
      ++live;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      destroy_object(o);
      ++freed;
    }
  }
  stats_.collections++;
  stats_.objects_live = live;
  stats_.bytes_live = live_bytes;
  stats_.bytes_since_collect = 0;
  stats_.objects_freed_total += freed;
  // Collect again after allocating as much as is live now (at least 8 MiB): the cost
  // of a collection stays proportional to the allocation that paid for it.
  if (!fixed_threshold_) next_collect_bytes_ = live_bytes > (8u << 20) ? live_bytes : (8u << 20);
}

}  // namespace edge::vm
