// The tokenizer (see lexer.h). One pass over the text with an explicit state machine
// for line starts (indentation), brackets (implicit line joining) and literals.
//
// The rules implemented here are those of the Python 3.11 reference manual, section
// "Lexical analysis"; where the manual leaves the error wording open, messages follow
// what CPython 3.11 prints (verified against `python3 -c "import ast; ast.parse(...)"`).
//
// Invariant kept while running: `indents_` and `alt_indents_` have the same size and
// start with column 0; `brackets_` holds the open brackets innermost last; once
// `failed_` is set no further token is produced.
#include "compiler/lexer.h"

#include "vm/unicode.h"

#include <cstring>

#include "vm/fmt.h"

namespace edge::compiler {

// ---------------------------------------------------------------------------------------
// Token kind names.

const char* token_kind_name(TokenKind kind) {
  switch (kind) {
#define EDGE_TOKEN(name, text) \
  case TokenKind::name: return text;
#define EDGE_OPERATOR(name, text) \
  case TokenKind::name: return text;
#define EDGE_KEYWORD(name, text) \
  case TokenKind::name: return text;
#include "compiler/tokens.def"
  }
  return "?";
}

const char* token_kind_id(TokenKind kind) {
  switch (kind) {
#define EDGE_TOKEN(name, text) \
  case TokenKind::name: return #name;
#define EDGE_OPERATOR(name, text) \
  case TokenKind::name: return #name;
#define EDGE_KEYWORD(name, text) \
  case TokenKind::name: return #name;
#include "compiler/tokens.def"
  }
  return "?";
}

TokenKind keyword_kind(std::string_view text) {
  // Keywords are 2 to 8 ASCII characters; a switch on the first letter keeps this to
  // one or a few comparisons per identifier.
  if (text.size() < 2 || text.size() > 8) return TokenKind::Name;
  struct Entry {
    const char* spelling;
    TokenKind kind;
  };
  auto pick = [&](std::initializer_list<Entry> entries) {
    for (const Entry& e : entries) {
      if (text == e.spelling) return e.kind;
    }
    return TokenKind::Name;
  };
  switch (text[0]) {
    case 'F': return pick({{"False", TokenKind::False}});
    case 'N': return pick({{"None", TokenKind::None}});
    case 'T': return pick({{"True", TokenKind::True}});
    case 'a':
      return pick({{"and", TokenKind::And}, {"as", TokenKind::As}, {"assert", TokenKind::Assert},
                   {"async", TokenKind::Async}, {"await", TokenKind::Await}});
    case 'b': return pick({{"break", TokenKind::Break}});
    case 'c': return pick({{"class", TokenKind::Class}, {"continue", TokenKind::Continue}});
    case 'd': return pick({{"def", TokenKind::Def}, {"del", TokenKind::Del}});
    case 'e': return pick({{"elif", TokenKind::Elif}, {"else", TokenKind::Else}, {"except", TokenKind::Except}});
    case 'f': return pick({{"finally", TokenKind::Finally}, {"for", TokenKind::For}, {"from", TokenKind::From}});
    case 'g': return pick({{"global", TokenKind::Global}});
    case 'i':
      return pick({{"if", TokenKind::If}, {"import", TokenKind::Import}, {"in", TokenKind::In}, {"is", TokenKind::Is}});
    case 'l': return pick({{"lambda", TokenKind::Lambda}});
    case 'n': return pick({{"nonlocal", TokenKind::Nonlocal}, {"not", TokenKind::Not}});
    case 'o': return pick({{"or", TokenKind::Or}});
    case 'p': return pick({{"pass", TokenKind::Pass}});
    case 'r': return pick({{"raise", TokenKind::Raise}, {"return", TokenKind::Return}});
    case 't': return pick({{"try", TokenKind::Try}});
    case 'w': return pick({{"while", TokenKind::While}, {"with", TokenKind::With}});
    case 'y': return pick({{"yield", TokenKind::Yield}});
    default: return TokenKind::Name;
  }
}

// ---------------------------------------------------------------------------------------
// UTF-8 and Unicode classification.

int32_t decode_utf8(std::string_view text, size_t i, int* len) {
  auto byte = [&](size_t k) -> uint32_t { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  uint32_t b0 = byte(i);
  *len = 1;
  if (b0 < 0x80) return static_cast<int32_t>(b0);
  int need;
  uint32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
  } else {
    return -1;
  }
  for (int k = 1; k <= need; ++k) {
    uint32_t b = byte(i + k);
    if ((b & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (b & 0x3F);
  }
  // Reject overlong forms, surrogates and values past U+10FFFF.
  if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return -1;
  }
  *len = need + 1;
  return static_cast<int32_t>(cp);
}

void append_utf8(std::string& out, uint32_t cp) {
  // Surrogates are written as three bytes too (WTF-8): ast.h documents that Constant
  // strings from escapes like "\ud800" are kept this way.
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Character classes come from the VM's Unicode tables (vm/unicode.h), the single copy
// of that data in the binary.
bool is_printable(uint32_t cp) { return vm::unicode::is_printable(cp); }
bool is_identifier_start(uint32_t cp) { return vm::unicode::is_identifier_start(cp); }
bool is_identifier_continue(uint32_t cp) { return vm::unicode::is_identifier_continue(cp); }

// ---------------------------------------------------------------------------------------
// The lexer proper.

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_ident(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_'; }
// "Could be part of an identifier": Python's tokenizer treats every non-ASCII byte so
// and validates the identifier afterwards.
bool is_potential_ident(char c) { return is_ascii_ident(c) || static_cast<unsigned char>(c) >= 0x80; }

class Lexer {
 public:
  Lexer(const SourceFile& source, LexOptions options)
      : source_(source), text_(source.text().data()), options_(options) {
    uint32_t size = static_cast<uint32_t>(source.text().size());
    end_ = options.end < size ? options.end : size;
    pos_ = options.begin < end_ ? options.begin : end_;
    at_line_start_ = !options.expression_only;
  }

  LexResult run() {
    result_.tokens.reserve((end_ - pos_) / 3 + 8);
    if (!check_encoding()) return std::move(result_);
    if (!options_.expression_only && pos_ == 0 && end_ >= 3 && std::memcmp(text_, "\xEF\xBB\xBF", 3) == 0) pos_ = 3;
    while (!failed_) {
      if (at_line_start_) {
        if (!line_start()) break;
        if (pos_ >= end_) break;
      }
      skip_blanks();
      if (pos_ >= end_) break;
      next_token();
    }
    if (!failed_) finish();
    return std::move(result_);
  }

 private:
  char at(uint32_t i) const { return i < end_ ? text_[i] : '\0'; }

  void emit(TokenKind kind, uint32_t begin, uint32_t end) { result_.tokens.push_back(Token{kind, Span{begin, end}}); }

  // Stops lexing: the parser finds an Error token here and the diagnostic beside it.
  void fail(uint32_t begin, uint32_t end, std::string message, bool hard, ErrorKind kind = ErrorKind::SyntaxError) {
    failed_ = true;
    result_.error = Diagnostic{kind, std::move(message), Span{begin, end}};
    result_.hard_error = hard;
    if (!hard && !brackets_.empty()) {
      result_.open_bracket = Span{brackets_.back().offset, brackets_.back().offset + 1};
    }
    emit(TokenKind::Error, begin, end);
  }

  uint32_t line_of(uint32_t offset) const { return source_.line_of(offset); }

  // CPython decodes the whole file before tokenizing, so malformed UTF-8 (and NUL
  // bytes) fail before any other error.
  bool check_encoding() {
    uint32_t i = pos_;
    while (i < end_) {
      unsigned char c = static_cast<unsigned char>(text_[i]);
      if (c >= 0x20 && c < 0x80) {
        ++i;
        continue;
      }
      if (c == 0) {
        fail(i, i + 1, "source code cannot contain null bytes", true);
        return false;
      }
      if (c < 0x80) {
        ++i;
        continue;
      }
      int len;
      if (decode_utf8(std::string_view(text_, end_), i, &len) < 0) {
        const char* why = "invalid start byte";
        if (c >= 0xC2 && c <= 0xF4) {
          why = "invalid continuation byte";
          size_t need = c <= 0xDF ? 1 : c <= 0xEF ? 2 : 3;
          bool truncated = true;
          for (size_t k = 1; k <= need; ++k) {
            if (i + k >= end_) break;
            if ((static_cast<unsigned char>(text_[i + k]) & 0xC0) != 0x80) {
              truncated = false;
              break;
            }
          }
          if (truncated && i + need >= end_) why = "unexpected end of data";
        }
        fail(i, i + 1, fmt::format("(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {}", c, i, why), true);
        return false;
      }
      i += static_cast<uint32_t>(len);
    }
    return true;
  }

  void skip_blanks() {
    while (pos_ < end_) {
      char c = text_[pos_];
      if (c != ' ' && c != '\t' && c != '\f') break;
      ++pos_;
    }
  }

  void skip_comment() {
    while (pos_ < end_ && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
  }

  // Consumes "\n", "\r\n" or "\r" at pos_.
  void skip_newline() {
    if (text_[pos_] == '\r' && at(pos_ + 1) == '\n') ++pos_;
    ++pos_;
  }

  // At the start of a logical line outside brackets: skips blank and comment-only
  // lines, then measures the indentation and emits INDENT / DEDENT tokens. Columns
  // follow the reference manual: a tab advances to the next multiple of 8; the
  // "alternate" column counts a tab as one column, and the two must order lines the
  // same way or the file mixes tabs and spaces inconsistently (TabError).
  bool line_start() {
    for (;;) {
      uint32_t line_begin = pos_;
      int col = 0, alt = 0;
      while (pos_ < end_) {
        char c = text_[pos_];
        if (c == ' ') {
          ++col;
          ++alt;
        } else if (c == '\t') {
          col = (col / 8 + 1) * 8;
          ++alt;
        } else if (c == '\f') {
          col = alt = 0;
        } else {
          break;
        }
        ++pos_;
      }
      if (pos_ >= end_) return true;
      char c = text_[pos_];
      if (c == '#') {
        skip_comment();
        if (pos_ >= end_) return true;
        c = text_[pos_];
      }
      if (c == '\n' || c == '\r') {
        skip_newline();
        continue;
      }
      at_line_start_ = false;
      return indent_to(col, alt, line_begin, pos_);
    }
  }

  bool indent_to(int col, int alt, uint32_t line_begin, uint32_t at) {
    if (col == indents_.back()) {
      if (alt != alt_indents_.back()) return tab_error(line_begin);
      return true;
    }
    if (col > indents_.back()) {
      if (indents_.size() >= static_cast<size_t>(kMaxIndentDepth)) {
        fail(line_begin, at, "too many levels of indentation", false, ErrorKind::IndentationError);
        return false;
      }
      if (alt <= alt_indents_.back()) return tab_error(line_begin);
      indents_.push_back(col);
      alt_indents_.push_back(alt);
      emit(TokenKind::Indent, line_begin, at);
      return true;
    }
    // Dedent: find the enclosing level first so that a mismatch reports the error
    // before any DEDENT, as CPython does.
    size_t level = indents_.size() - 1;
    while (level > 0 && col < indents_[level]) --level;
    if (col != indents_[level]) {
      fail(at, at, "unindent does not match any outer indentation level", false, ErrorKind::IndentationError);
      return false;
    }
    if (alt != alt_indents_[level]) return tab_error(line_begin);
    while (indents_.size() - 1 > level) {
      indents_.pop_back();
      alt_indents_.pop_back();
      emit(TokenKind::Dedent, at, at);
    }
    return true;
  }

  bool tab_error(uint32_t line_begin) {
    fail(line_begin, line_begin, "inconsistent use of tabs and spaces in indentation", false, ErrorKind::TabError);
    return false;
  }

  void next_token() {
    uint32_t start = pos_;
    char c = text_[pos_];
    switch (c) {
      case '#':
        skip_comment();
        return;
      case '\n':
      case '\r':
        skip_newline();
        if (brackets_.empty() && !options_.expression_only) {
          emit(TokenKind::Newline, start, pos_);
          at_line_start_ = true;
        }
        return;
      case '\\':
        continuation();
        return;
      case '\'':
      case '"':
        lex_string(start, start);
        return;
      default: break;
    }
    if (is_digit(c) || (c == '.' && is_digit(at(pos_ + 1)))) {
      lex_number();
      return;
    }
    if (is_potential_ident(c)) {
      lex_name();
      return;
    }
    lex_operator();
  }

  void continuation() {
    uint32_t start = pos_++;
    if (pos_ >= end_) {
      fail(start, start + 1, "unexpected EOF while parsing", false);
      return;
    }
    char c = text_[pos_];
    if (c != '\n' && c != '\r') {
      fail(pos_, pos_ + 1, "unexpected character after line continuation character", false);
      return;
    }
    skip_newline();
    if (pos_ >= end_) fail(start, start + 1, "unexpected EOF while parsing", false);
  }

  void lex_name() {
    uint32_t start = pos_;
    bool ascii = true;
    while (pos_ < end_ && is_potential_ident(text_[pos_])) {
      if (static_cast<unsigned char>(text_[pos_]) >= 0x80) ascii = false;
      ++pos_;
    }
    std::string_view word(text_ + start, pos_ - start);
    // A string prefix directly followed by a quote: r, u, b, f and the two-letter
    // combinations rb/br/fr/rf, in any case.
    char q = at(pos_);
    if ((q == '\'' || q == '"') && word.size() <= 2 && is_string_prefix(word)) {
      lex_string(start, pos_);
      return;
    }
    if (!ascii && !verify_identifier(start, pos_)) return;
    emit(ascii ? keyword_kind(word) : TokenKind::Name, start, pos_);
  }

  static bool is_string_prefix(std::string_view w) {
    auto lower = [](char c) { return static_cast<char>(c | 0x20); };
    if (w.size() == 1) {
      char a = lower(w[0]);
      return a == 'r' || a == 'u' || a == 'b' || a == 'f';
    }
    char a = lower(w[0]), b = lower(w[1]);
    if (a == b) return false;
    return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
  }

  // Checks every code point of a non-ASCII identifier; reports the first bad one the
  // way CPython does ("invalid character '€' (U+20AC)").
  bool verify_identifier(uint32_t begin, uint32_t end) {
    std::string_view all(text_, end_);
    bool first = true;
    for (uint32_t i = begin; i < end;) {
      int len;
      int32_t cp = decode_utf8(all, i, &len);
      bool ok = cp >= 0 && (first ? is_identifier_start(static_cast<uint32_t>(cp)) : is_identifier_continue(static_cast<uint32_t>(cp)));
      if (!ok) {
        bad_character(i, static_cast<uint32_t>(cp), static_cast<uint32_t>(len));
        return false;
      }
      first = false;
      i += static_cast<uint32_t>(len);
    }
    return true;
  }

  void bad_character(uint32_t at, uint32_t cp, uint32_t len) {
    if (!is_printable(cp)) {
      fail(at, at + len, fmt::format("invalid non-printable character U+{:04X}", cp), true);
    } else {
      fail(at, at + len, fmt::format("invalid character '{}' (U+{:04X})", std::string_view(text_ + at, len), cp), true);
    }
  }

  // --- numbers ---------------------------------------------------------------------
  // Grammar: docs.python.org/3.11/reference/lexical_analysis.html#numeric-literals.
  // Underscores may only separate digits (and follow a base prefix); a literal must not
  // run into an identifier, except for the keywords CPython 3.11 still tolerates there
  // with a warning (`1if x else y`).

  // Consumes decimal digits with single underscores between them, starting at a digit.
  bool decimal_tail() {
    for (;;) {
      while (is_digit(at(pos_))) ++pos_;
      if (at(pos_) != '_') return true;
      ++pos_;
      if (!is_digit(at(pos_))) {
        fail(pos_ - 1, pos_, "invalid decimal literal", true);
        return false;
      }
    }
  }

  bool end_of_number(const char* kind) {
    char c = at(pos_);
    auto followed = [&](const char* rest) {
      size_t n = std::strlen(rest);
      return pos_ + 1 + n <= end_ && std::memcmp(text_ + pos_ + 1, rest, n) == 0;
    };
    bool keyword = false;
    switch (c) {
      case 'a': keyword = followed("nd"); break;
      case 'e': keyword = followed("lse"); break;
      case 'f': keyword = followed("or"); break;
      case 'i': keyword = at(pos_ + 1) == 'f' || at(pos_ + 1) == 'n' || at(pos_ + 1) == 's'; break;
      case 'o': keyword = followed("r"); break;
      case 'n': keyword = followed("ot"); break;
      default: break;
    }
    if (keyword || pos_ >= end_ || !is_potential_ident(c)) return true;
    fail(pos_, pos_ + 1, fmt::format("invalid {} literal", kind), true);
    return false;
  }

  void lex_number() {
    uint32_t start = pos_;
    char c = text_[pos_];
    char base = c == '0' ? static_cast<char>(at(pos_ + 1) | 0x20) : '\0';
    if (base == 'x' || base == 'o' || base == 'b') {
      lex_based_number(start, base);
      return;
    }
    if (c == '.') {
      ++pos_;
      if (!fraction_and_rest(start)) return;
      return;
    }
    if (c == '0') {
      // Zeros (possibly with underscores) are a valid integer; other digits after a
      // leading zero are only allowed in a float or imaginary literal.
      ++pos_;
      for (;;) {
        if (at(pos_) == '_') {
          ++pos_;
          if (!is_digit(at(pos_))) {
            fail(pos_ - 1, pos_, "invalid decimal literal", true);
            return;
          }
        }
        if (at(pos_) != '0') break;
        ++pos_;
      }
      uint32_t zeros_end = pos_;
      bool nonzero = false;
      if (is_digit(at(pos_))) {
        nonzero = true;
        if (!decimal_tail()) return;
      }
      char d = at(pos_);
      if (d == '.' || d == 'e' || d == 'E' || d == 'j' || d == 'J') {
        float_rest(start);
        return;
      }
      if (nonzero) {
        fail(start, zeros_end, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", true);
        return;
      }
      if (end_of_number("decimal")) emit(TokenKind::Number, start, pos_);
      return;
    }
    if (!decimal_tail()) return;
    float_rest(start);
  }

  // After the integer part: optional fraction, exponent and imaginary suffix.
  void float_rest(uint32_t start) {
    if (at(pos_) == '.') {
      ++pos_;
      fraction_and_rest(start);
      return;
    }
    exponent_and_rest(start);
  }

  bool fraction_and_rest(uint32_t start) {
    if (is_digit(at(pos_)) && !decimal_tail()) return false;
    exponent_and_rest(start);
    return !failed_;
  }

  void exponent_and_rest(uint32_t start) {
    char c = at(pos_);
    if (c == 'e' || c == 'E') {
      uint32_t e = pos_++;
      char s = at(pos_);
      if (s == '+' || s == '-') {
        ++pos_;
        if (!is_digit(at(pos_))) {
          fail(pos_, pos_ + 1, "invalid decimal literal", true);
          return;
        }
      } else if (!is_digit(s)) {
        // Not an exponent after all: the number ends before the 'e' (this is how
        // `1else` keeps working).
        pos_ = e;
        if (end_of_number("decimal")) emit(TokenKind::Number, start, pos_);
        return;
      }
      if (!decimal_tail()) return;
    }
    c = at(pos_);
    if (c == 'j' || c == 'J') {
      ++pos_;
      if (end_of_number("imaginary")) emit(TokenKind::Number, start, pos_);
      return;
    }
    if (end_of_number("decimal")) emit(TokenKind::Number, start, pos_);
  }

  void lex_based_number(uint32_t start, char base) {
    const char* kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
    auto valid = [base](char c) {
      if (base == 'x') return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
      if (base == 'o') return c >= '0' && c <= '7';
      return c == '0' || c == '1';
    };
    auto bad_digit = [&]() {
      char c = at(pos_);
      if (base != 'x' && is_digit(c)) {
        fail(pos_, pos_ + 1, fmt::format("invalid digit '{}' in {} literal", c, kind), true);
      } else {
        fail(pos_, pos_ + 1, fmt::format("invalid {} literal", kind), true);
      }
    };
    pos_ += 2;
    for (;;) {
      if (at(pos_) == '_') ++pos_;
      if (!valid(at(pos_))) {
        bad_digit();
        return;
      }
      while (valid(at(pos_))) ++pos_;
      if (at(pos_) != '_') break;
    }
    if (base != 'x' && is_digit(at(pos_))) {
      bad_digit();
      return;
    }
    if (end_of_number(kind)) emit(TokenKind::Number, start, pos_);
  }

  // --- strings ---------------------------------------------------------------------

  // Scans a string literal whose prefix starts at `start` and whose opening quote is at
  // `quote_at`. Escapes are only skipped here; strings.cpp decodes them.
  void lex_string(uint32_t start, uint32_t quote_at) {
    char q = text_[quote_at];
    bool triple = at(quote_at + 1) == q && at(quote_at + 2) == q;
    pos_ = quote_at + (triple ? 3 : 1);
    for (;;) {
      if (pos_ >= end_) {
        uint32_t line = line_of(end_ > 0 ? end_ - 1 : 0);
        if (triple) {
          fail(start, start, fmt::format("unterminated triple-quoted string literal (detected at line {})", line), true);
        } else {
          fail(start, start, fmt::format("unterminated string literal (detected at line {})", line), true);
        }
        return;
      }
      char c = text_[pos_];
      if (c == q) {
        if (!triple) {
          ++pos_;
          break;
        }
        if (at(pos_ + 1) == q && at(pos_ + 2) == q) {
          pos_ += 3;
          break;
        }
        ++pos_;
        continue;
      }
      if (c == '\\') {
        ++pos_;
        if (pos_ < end_) {
          if (text_[pos_] == '\r' || text_[pos_] == '\n') {
            skip_newline();
          } else {
            ++pos_;
          }
        }
        continue;
      }
      if (!triple && (c == '\n' || c == '\r')) {
        fail(start, start, fmt::format("unterminated string literal (detected at line {})", line_of(pos_)), true);
        return;
      }
      ++pos_;
    }
    emit(TokenKind::String, start, pos_);
  }

  // --- operators -------------------------------------------------------------------

  void lex_operator() {
    uint32_t start = pos_;
    char c = text_[pos_];
    char c1 = at(pos_ + 1);
    char c2 = at(pos_ + 2);
    auto one = [&](TokenKind k) {
      pos_ += 1;
      emit(k, start, pos_);
    };
    auto two = [&](TokenKind k) {
      pos_ += 2;
      emit(k, start, pos_);
    };
    auto three = [&](TokenKind k) {
      pos_ += 3;
      emit(k, start, pos_);
    };
    switch (c) {
      case '(':
      case '[':
      case '{':
        if (brackets_.size() >= static_cast<size_t>(kMaxBracketDepth)) {
          fail(start, start + 1, "too many nested parentheses", true);
          return;
        }
        brackets_.push_back(Bracket{c, start});
        return one(c == '(' ? TokenKind::LParen : c == '[' ? TokenKind::LBracket : TokenKind::LBrace);
      case ')':
      case ']':
      case '}': {
        if (brackets_.empty()) {
          fail(start, start + 1, fmt::format("unmatched '{}'", c), true);
          return;
        }
        Bracket open = brackets_.back();
        char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
        if (c != want) {
          uint32_t open_line = line_of(open.offset);
          if (open_line != line_of(start)) {
            fail(start, start + 1,
                 fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}' on line {}", c, open.ch, open_line),
                 true);
          } else {
            fail(start, start + 1, fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}'", c, open.ch), true);
          }
          return;
        }
        brackets_.pop_back();
        return one(c == ')' ? TokenKind::RParen : c == ']' ? TokenKind::RBracket : TokenKind::RBrace);
      }
      case ':': return c1 == '=' ? two(TokenKind::ColonEqual) : one(TokenKind::Colon);
      case ',': return one(TokenKind::Comma);
      case ';': return one(TokenKind::Semicolon);
      case '+': return c1 == '=' ? two(TokenKind::PlusEqual) : one(TokenKind::Plus);
      case '-':
        if (c1 == '>') return two(TokenKind::RArrow);
        return c1 == '=' ? two(TokenKind::MinEqual) : one(TokenKind::Minus);
      case '*':
        if (c1 == '*') return c2 == '=' ? three(TokenKind::DoubleStarEqual) : two(TokenKind::DoubleStar);
        return c1 == '=' ? two(TokenKind::StarEqual) : one(TokenKind::Star);
      case '/':
        if (c1 == '/') return c2 == '=' ? three(TokenKind::DoubleSlashEqual) : two(TokenKind::DoubleSlash);
        return c1 == '=' ? two(TokenKind::SlashEqual) : one(TokenKind::Slash);
      case '|': return c1 == '=' ? two(TokenKind::VBarEqual) : one(TokenKind::VBar);
      case '&': return c1 == '=' ? two(TokenKind::AmperEqual) : one(TokenKind::Amper);
      case '^': return c1 == '=' ? two(TokenKind::CircumflexEqual) : one(TokenKind::Circumflex);
      case '%': return c1 == '=' ? two(TokenKind::PercentEqual) : one(TokenKind::Percent);
      case '@': return c1 == '=' ? two(TokenKind::AtEqual) : one(TokenKind::At);
      case '~': return one(TokenKind::Tilde);
      case '=': return c1 == '=' ? two(TokenKind::EqEqual) : one(TokenKind::Equal);
      case '!': return c1 == '=' ? two(TokenKind::NotEqual) : one(TokenKind::Unknown);
      case '<':
        if (c1 == '<') return c2 == '=' ? three(TokenKind::LeftShiftEqual) : two(TokenKind::LeftShift);
        if (c1 == '=') return two(TokenKind::LessEqual);
        // `<>` is only an operator under `from __future__ import barry_as_FLUFL`.
        if (c1 == '>') return two(TokenKind::Unknown);
        return one(TokenKind::Less);
      case '>':
        if (c1 == '>') return c2 == '=' ? three(TokenKind::RightShiftEqual) : two(TokenKind::RightShift);
        return c1 == '=' ? two(TokenKind::GreaterEqual) : one(TokenKind::Greater);
      case '.':
        if (c1 == '.' && c2 == '.') return three(TokenKind::Ellipsis);
        return one(TokenKind::Dot);
      default: break;
    }
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      fail(start, start + 1, fmt::format("invalid non-printable character U+{:04X}", static_cast<unsigned>(u)), true);
      return;
    }
    one(TokenKind::Unknown);  // `$`, `?`, `` ` ``
  }

  void finish() {
    if (!brackets_.empty()) {
      const Bracket& open = brackets_.back();
      fail(open.offset, open.offset + 1, fmt::format("'{}' was never closed", open.ch), false);
      return;
    }
    // CPython places the end of input at the end of the last line, before its line
    // break, so errors there report that line.
    uint32_t eof = end_;
    if (!options_.expression_only && eof > 0 && (text_[eof - 1] == '\n' || text_[eof - 1] == '\r')) {
      --eof;
      if (text_[eof] == '\n' && eof > 0 && text_[eof - 1] == '\r') --eof;
    }
    if (!options_.expression_only) {
      if (!result_.tokens.empty()) {
        TokenKind last = result_.tokens.back().kind;
        if (last != TokenKind::Newline && last != TokenKind::Dedent && last != TokenKind::Indent) {
          emit(TokenKind::Newline, end_, end_);
        }
      }
      while (indents_.size() > 1) {
        indents_.pop_back();
        emit(TokenKind::Dedent, eof, eof);
      }
    }
    emit(TokenKind::EndMarker, eof, eof);
  }

  struct Bracket {
    char ch;
    uint32_t offset;
  };

  const SourceFile& source_;
  const char* text_;
  LexOptions options_;
  uint32_t pos_ = 0;
  uint32_t end_ = 0;
  bool at_line_start_ = true;
  bool failed_ = false;
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  std::vector<Bracket> brackets_;
  LexResult result_;
};

}  // namespace

LexResult lex(const SourceFile& source, LexOptions options) {
  Lexer lexer(source, options);
  return lexer.run();
}

}  // namespace edge::compiler
