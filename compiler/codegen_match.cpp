// Code generation for the match statement (placeholder until patterns are compiled).
#include "compiler/codegen.h"

namespace edge::compiler {

void CodeGen::compile_match(const Match* s) { error(s->span, "the match statement is not supported yet"); }

}  // namespace edge::compiler
