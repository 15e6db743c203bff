// Names of operators (for error messages and dunder lookup) and small helpers of the
// object header.
#include "vm/object.h"

#include "vm/types/tuple.h"

namespace edge::vm {

uint32_t CallArgs::nkw() const { return kwnames ? kwnames->length : 0; }

namespace {

struct BinaryOpNames {
  const char* symbol;
  const char* dunder;
  const char* reflected;
  const char* inplace;
};

// Indexed by BinaryOp.
const BinaryOpNames kBinaryOpNames[kBinaryOpCount] = {
    {"+", "__add__", "__radd__", "__iadd__"},
    {"-", "__sub__", "__rsub__", "__isub__"},
    {"*", "__mul__", "__rmul__", "__imul__"},
    {"@", "__matmul__", "__rmatmul__", "__imatmul__"},
    {"/", "__truediv__", "__rtruediv__", "__itruediv__"},
    {"%", "__mod__", "__rmod__", "__imod__"},
    {"**", "__pow__", "__rpow__", "__ipow__"},
    {"<<", "__lshift__", "__rlshift__", "__ilshift__"},
    {">>", "__rshift__", "__rrshift__", "__irshift__"},
    {"|", "__or__", "__ror__", "__ior__"},
    {"^", "__xor__", "__rxor__", "__ixor__"},
    {"&", "__and__", "__rand__", "__iand__"},
    {"//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"},
};

}  // namespace

const char* binary_op_symbol(BinaryOp op) { return kBinaryOpNames[static_cast<int>(op)].symbol; }
const char* binary_op_dunder(BinaryOp op) { return kBinaryOpNames[static_cast<int>(op)].dunder; }
const char* binary_op_reflected_dunder(BinaryOp op) { return kBinaryOpNames[static_cast<int>(op)].reflected; }
const char* binary_op_inplace_dunder(BinaryOp op) { return kBinaryOpNames[static_cast<int>(op)].inplace; }

const char* compare_op_symbol(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Eq: return "==";
    case CompareOp::Ne: return "!=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
  }
  return "?";
}

CompareOp reflect(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
  }
}

}  // namespace edge::vm
