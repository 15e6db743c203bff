// The compiler's one entry point: source text in, a Code object (or a SyntaxError) out.
// Pipeline: lexer -> parser (AST) -> scope pass -> code generator.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/diagnostics.h"
#include "compiler/source.h"
#include "vm/status.h"

namespace edge::vm {
class VM;
struct Code;
}  // namespace edge::vm

namespace edge::compiler {

// Compiles a whole module. On a compile error raises SyntaxError (or its subclasses
// IndentationError / TabError) on `vm`, with filename, lineno, offset and text set as
// CPython does, and returns Error.
vm::Fallible<vm::Code*> compile_module(vm::VM& vm, std::shared_ptr<const SourceFile> source);

// How compile() / exec() / eval() read their source (CPython's `mode` argument).
enum class CompileMode : uint8_t {
  Exec,    // a module body; the code returns None
  Eval,    // one expression; the code returns its value
  Single,  // one statement whose expression values go to `display_hook`
};

// compile_module for the dynamic builtins. `display_hook` (a callable of one argument)
// is used by Single mode only and must be rooted by the caller.
vm::Fallible<vm::Code*> compile_source(vm::VM& vm, std::shared_ptr<const SourceFile> source, CompileMode mode,
                                       vm::Value display_hook);

// Parses and runs the scope pass only; returns the first error, if any.
std::optional<Diagnostic> check_syntax(const SourceFile& source);

// Every import in a source file, including those inside functions: what the wasm
// runtime must fetch before running it.
struct ImportRef {
  std::string module;  // dotted name as written ("" for `from . import x`)
  int level = 0;       // leading dots of a relative import
  std::vector<std::string> names;  // the `from m import ...` names ("*" for star)
};
// False (with `error` set) if the source does not parse.
bool extract_imports(const SourceFile& source, std::vector<ImportRef>& out, std::optional<Diagnostic>& error);

// Raises the SyntaxError described by `diagnostic` on `vm`.
vm::Error raise_syntax_error(vm::VM& vm, const SourceFile& source, const Diagnostic& diagnostic);

}  // namespace edge::compiler
