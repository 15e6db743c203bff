// Frame allocation: frames are recycled through per-size free lists (sizes in slots,
// rounded up to a multiple of 8) because calls are frequent and malloc is not free on
// wasm. Frames larger than the pooled sizes go straight to the allocator.
#include "vm/frame.h"

#include <new>

#include "vm/code.h"
#include "vm/heap.h"
#include "vm/types/dict.h"
#include "vm/types/function.h"
#include "vm/types/generator.h"
#include "vm/vm.h"

namespace edge::vm {
namespace {

constexpr uint32_t kPoolGranule = 8;
constexpr uint32_t kPoolMaxSlots = 256;
constexpr size_t kPoolMaxFree = 64;  // frames kept per size

uint32_t pool_index(uint32_t slots) { return (slots + kPoolGranule - 1) / kPoolGranule; }

}  // namespace

Frame* new_frame(VM& vm, Code* code, Function* function, Dict* globals) {
  uint32_t nlocalsplus = code->nlocalsplus();
  uint32_t slots = nlocalsplus + code->stacksize;
  uint32_t index = pool_index(slots);
  uint32_t capacity = index * kPoolGranule;
  Frame* frame = nullptr;
  if (capacity <= kPoolMaxSlots) {
    if (vm.frame_pool.size() <= index) vm.frame_pool.resize(index + 1);
    auto& bucket = vm.frame_pool[index];
    if (!bucket.empty()) {
      frame = bucket.back();
      bucket.pop_back();
    }
  }
  if (frame == nullptr) {
    void* memory = ::operator new(sizeof(Frame) + sizeof(Value) * capacity);
    frame = static_cast<Frame*>(memory);
  }
  new (frame) Frame();
  frame->code = code;
  frame->function = function;
  frame->globals = globals;
  frame->builtins = function != nullptr && function->builtins != nullptr ? function->builtins : vm.builtins;
  frame->slot_count = capacity;
  frame->nlocalsplus_ = nlocalsplus;
  Value* local = frame->localsplus();
  for (uint32_t i = 0; i < nlocalsplus; ++i) local[i] = Value::null();
  return frame;
}

void free_frame(VM& vm, Frame* frame) {
  uint32_t index = frame->slot_count / kPoolGranule;
  if (frame->slot_count <= kPoolMaxSlots && index < vm.frame_pool.size() &&
      vm.frame_pool[index].size() < kPoolMaxFree) {
    vm.frame_pool[index].push_back(frame);
    return;
  }
  ::operator delete(frame);
}

void Frame::trace(Tracer& t) {
  t.visit(code);
  t.visit(function);
  t.visit(globals);
  t.visit(locals);
  t.visit(builtins);
  t.visit(generator);
  t.visit(init_instance);
  Value* local = localsplus();
  for (uint32_t i = 0; i < nlocalsplus_ + sp; ++i) t.visit(local[i]);
}

}  // namespace edge::vm
