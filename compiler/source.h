// A source file as the compiler sees it: its display path, its UTF-8 text and a line
// table. Every position the front end reports is a byte offset into `text`; this file
// turns offsets into 1-based line numbers and 1-based character columns (CPython counts
// columns in characters for SyntaxError carets), and hands out whole lines for
// diagnostics and tracebacks.
//
// Invariant: `line_starts` is built once from `text` and never changes; `text` is not
// mutated after construction (spans stay valid for the life of the SourceFile).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace edge::compiler {

// Half-open byte range [begin, end) into a SourceFile's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  static Span cover(Span a, Span b) { return {a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end}; }
};

struct LineCol {
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, counted in code points
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  // Line and column of a byte offset (offsets past the end clamp to the end).
  LineCol line_col(uint32_t offset) const;
  uint32_t line_of(uint32_t offset) const { return line_col(offset).line; }

  // The text of a 1-based line without its line terminator ("" if out of range).
  std::string_view line_text(uint32_t line) const;
  // Byte offset where a 1-based line starts.
  uint32_t line_start(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> line_starts_;  // offset of the first byte of each line
};

}  // namespace edge::compiler
