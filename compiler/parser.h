// The parser: tokens in, an ast.Module (compiler/ast.h) out, following the Python 3.11
// grammar (docs.python.org/3.11/reference/grammar.html) with CPython's `ast` module as
// the definition of the tree. Not supported: type comments and `except*` (reported as
// "except* is not supported").
//
// Errors: the first SyntaxError (or IndentationError/TabError) is reported through
// Diagnostics with CPython 3.11's wording where practical, including its specialised
// messages ("cannot assign to function call here. Maybe you meant '==' instead of
// '='?", "expected ':'", "invalid syntax. Perhaps you forgot a comma?", ...). Errors
// CPython raises after parsing (symbol table and compiler: 'return' outside function,
// 'yield' outside function, nonlocal at module level, duplicate arguments, ...) are
// left to the later passes.
//
// Invariant on success: every expression tree in the result is at most
// kMaxExprDepth nodes deep and statements nest at most kMaxIndentDepth levels, so
// later passes may recurse over the tree without exhausting the native stack.
#pragma once

#include <memory>

#include "compiler/ast.h"
#include "compiler/diagnostics.h"
#include "compiler/source.h"

namespace edge::compiler {

inline constexpr int kMaxExprDepth = 1000;

// A whole file (`exec` mode). Returns nullptr after reporting an error.
std::unique_ptr<Module> parse_module(const SourceFile& source, Diagnostics& diagnostics);

// `eval` mode: one expression list (a trailing NEWLINE is allowed). The result's body
// holds a single ExprStmt whose value is the expression.
std::unique_ptr<Module> parse_expression(const SourceFile& source, Diagnostics& diagnostics);

}  // namespace edge::compiler
