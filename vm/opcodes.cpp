// Tables generated from vm/opcodes.def: names, documentation, control flow and stack
// effects. The code generator uses stack_effect() to size each frame's value stack;
// the disassembler uses the names.
#include "vm/opcodes.h"

namespace edge::vm {

const char* op_name(Op op) {
  switch (op) {
#define OPCODE(name, flow, effect, jump_effect, doc) \
  case Op::name:                                     \
    return #name;
#include "vm/opcodes.def"
#undef OPCODE
  }
  return "?";
}

const char* op_doc(Op op) {
  switch (op) {
#define OPCODE(name, flow, effect, jump_effect, doc) \
  case Op::name:                                     \
    return doc;
#include "vm/opcodes.def"
#undef OPCODE
  }
  return "";
}

Flow op_flow(Op op) {
  switch (op) {
#define OPCODE(name, flow, effect, jump_effect, doc) \
  case Op::name:                                     \
    return Flow::flow;
#include "vm/opcodes.def"
#undef OPCODE
  }
  return Flow::Next;
}

int stack_effect(Op op, uint32_t arg, bool jumping) {
  switch (op) {
#define OPCODE(name, flow, effect, jump_effect, doc) \
  case Op::name:                                     \
    return jumping ? (jump_effect) : (effect);
#include "vm/opcodes.def"
#undef OPCODE
  }
  return 0;
}

}  // namespace edge::vm
