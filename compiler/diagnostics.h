// Compile-time errors. The lexer, parser, scope pass and code generator report problems
// as Diagnostic values (never C++ exceptions); the first error stops the compile, as in
// CPython, which raises one SyntaxError per compile.
//
// A diagnostic names the Python exception class it becomes (SyntaxError,
// IndentationError or TabError), a message worded like CPython's, and a span. It is
// rendered two ways:
//   - render_diagnostic(): "path:line:col: SyntaxError: message", the source line and a
//     caret line, for tools and the embedder;
//   - the VM turns it into a SyntaxError instance (filename, lineno, offset, text) so
//     `except SyntaxError` and uncaught-exception printing work like CPython.
#pragma once

#include <optional>
#include <string>

#include "compiler/source.h"

namespace edge::compiler {

enum class ErrorKind : uint8_t {
  SyntaxError,
  IndentationError,
  TabError,
};

const char* error_kind_name(ErrorKind kind);

struct Diagnostic {
  ErrorKind kind = ErrorKind::SyntaxError;
  std::string message;
  Span span;
};

// Collects the first error of a compile. Front-end stages take a Diagnostics& and stop
// as soon as `failed()` is true.
class Diagnostics {
 public:
  explicit Diagnostics(const SourceFile& source) : source_(source) {}

  void error(Span span, std::string message, ErrorKind kind = ErrorKind::SyntaxError) {
    if (!first_) first_ = Diagnostic{kind, std::move(message), span};
  }
  bool failed() const { return first_.has_value(); }
  const std::optional<Diagnostic>& first() const { return first_; }
  const SourceFile& source() const { return source_; }

 private:
  const SourceFile& source_;
  std::optional<Diagnostic> first_;
};

// "path:line:col: Kind: message\n    <source line>\n    <spaces>^~~~\n"
std::string render_diagnostic(const SourceFile& source, const Diagnostic& diagnostic);

}  // namespace edge::compiler
