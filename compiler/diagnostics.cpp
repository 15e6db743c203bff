// Rendering of compile errors: location header, the offending source line and a caret
// run under the span (clipped to that line). Columns are code points so the caret lines
// up under non-ASCII text in a terminal.
#include "compiler/diagnostics.h"

#include "vm/fmt.h"

namespace edge::compiler {

const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::SyntaxError: return "SyntaxError";
    case ErrorKind::IndentationError: return "IndentationError";
    case ErrorKind::TabError: return "TabError";
  }
  return "SyntaxError";
}

std::string render_diagnostic(const SourceFile& source, const Diagnostic& d) {
  LineCol at = source.line_col(d.span.begin);
  std::string out = fmt::format("{}:{}:{}: {}: {}\n", source.path(), at.line, at.column, error_kind_name(d.kind), d.message);
  std::string_view line = source.line_text(at.line);
  if (line.empty()) return out;

  // Strip leading indentation like CPython does, keeping the caret aligned.
  size_t indent = 0;
  while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t' || line[indent] == '\f')) ++indent;
  std::string_view shown = line.substr(indent);
  out += "    ";
  out += shown;
  out += "\n    ";

  uint32_t caret_col = at.column > indent ? at.column - 1 - static_cast<uint32_t>(indent) : 0;
  uint32_t end_col = caret_col + 1;
  if (d.span.end > d.span.begin) {
    uint32_t end_offset = d.span.end;
    uint32_t line_end = source.line_start(at.line) + static_cast<uint32_t>(line.size());
    if (end_offset > line_end) end_offset = line_end;
    LineCol end_at = source.line_col(end_offset);
    if (end_at.line == at.line && end_at.column - 1 > indent) {
      uint32_t e = end_at.column - 1 - static_cast<uint32_t>(indent);
      if (e > caret_col) end_col = e;
    }
  }
  out.append(caret_col, ' ');
  out += '^';
  if (end_col > caret_col + 1) out.append(end_col - caret_col - 1, '~');
  out += '\n';
  return out;
}

}  // namespace edge::compiler
