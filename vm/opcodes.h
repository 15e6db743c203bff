// The opcode enum and per-opcode facts, all generated from vm/opcodes.def.
#pragma once

#include <cstdint>

namespace edge::vm {

enum class Op : uint8_t {
#define OPCODE(name, flow, effect, jump_effect, doc) name,
#include "vm/opcodes.def"
#undef OPCODE
};

constexpr int kOpCount = 0
#define OPCODE(name, flow, effect, jump_effect, doc) +1
#include "vm/opcodes.def"
#undef OPCODE
    ;

enum class Flow : uint8_t { Next, Jump, Goto, Stop };

// BinaryOp arg bit that marks an augmented assignment (`x += y`).
constexpr uint32_t kInPlace = 0x10;
// The largest `arg` an instruction can carry.
constexpr uint32_t kMaxArg = (1u << 24) - 1;

inline uint32_t encode(Op op, uint32_t arg) { return static_cast<uint32_t>(op) | (arg << 8); }
inline Op decode_op(uint32_t word) { return static_cast<Op>(word & 0xFF); }
inline uint32_t decode_arg(uint32_t word) { return word >> 8; }

const char* op_name(Op op);
const char* op_doc(Op op);
Flow op_flow(Op op);
// Net stack effect of one instruction, when falling through or when jumping.
int stack_effect(Op op, uint32_t arg, bool jumping);

}  // namespace edge::vm
