// String literals: prefixes, escape sequences, implicit concatenation and f-strings
// (docs.python.org/3.11/reference/lexical_analysis.html#string-and-bytes-literals),
// producing the nodes CPython 3.11's `ast` produces: Constant(str/bytes) for plain
// literals, JoinedStr(Constant | FormattedValue ...) as soon as one piece is an f-string.
//
// F-strings follow 3.11 rules: the lexer sees one token per f-string; the replacement
// fields are found here, and each field's expression is lexed and parsed from its own
// byte range of the source (so spans point into the original file), as if it were in
// parentheses. A field's expression may not contain a backslash or '#', and
// format specs nest at most two levels.
//
// Known gap: \N{NAME} escapes need the Unicode name database, which Edge does not
// carry; they are reported as a SyntaxError.
//
// Invariant: Constant text is UTF-8 (WTF-8 for lone surrogates from \ud800-style
// escapes); bytes Constants hold raw bytes. Line ends inside literals are normalised
// to "\n" as CPython's reader does.
#include "compiler/parser_internal.h"
#include "vm/fmt.h"

namespace edge::compiler {

namespace {

struct Prefix {
  bool raw = false;
  bool bytes = false;
  bool fstring = false;
  bool u = false;  // lowercase `u`: CPython's Constant.kind == 'u'
};

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  char l = static_cast<char>(c | 0x20);
  if (l >= 'a' && l <= 'f') return l - 'a' + 10;
  return -1;
}

// Decodes the escapes of one literal chunk. `error` receives CPython's message on
// failure. Positions in unicode-escape messages count a non-ASCII character as ten
// units, because CPython first rewrites such characters as \UXXXXXXXX.
bool decode_escapes(std::string_view s, bool bytes, std::string& out, std::string& error) {
  size_t units = 0;  // position in CPython's rewritten buffer
  size_t i = 0;
  auto unit_of = [&](size_t k) -> size_t {
    unsigned char c = static_cast<unsigned char>(s[k]);
    if (bytes || c < 0x80) return 1;
    return (c & 0xC0) == 0x80 ? 0 : 10;
  };
  while (i < s.size()) {
    char c = s[i];
    if (c == '\r') {
      out += '\n';
      i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
      units += 1;
      continue;
    }
    if (c != '\\') {
      out += c;
      units += unit_of(i);
      ++i;
      continue;
    }
    size_t esc_units = units;
    if (i + 1 >= s.size()) {
      // A lone trailing backslash cannot occur (it would escape the closing quote).
      out += '\\';
      ++i;
      continue;
    }
    char n = s[i + 1];
    i += 2;
    units += 2;
    auto truncated = [&](const char* what, size_t consumed_units) {
      if (bytes) {
        error = fmt::format("(value error) invalid \\x escape at position {}", esc_units);
      } else {
        error = fmt::format("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}", esc_units,
                            consumed_units - 1, what);
      }
      return false;
    };
    switch (n) {
      case '\n': continue;
      case '\r':
        if (i < s.size() && s[i] == '\n') ++i;
        continue;
      case '\\': out += '\\'; continue;
      case '\'': out += '\''; continue;
      case '"': out += '"'; continue;
      case 'a': out += '\a'; continue;
      case 'b': out += '\b'; continue;
      case 'f': out += '\f'; continue;
      case 'n': out += '\n'; continue;
      case 'r': out += '\r'; continue;
      case 't': out += '\t'; continue;
      case 'v': out += '\v'; continue;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t value = static_cast<uint32_t>(n - '0');
        for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) {
          value = value * 8 + static_cast<uint32_t>(s[i] - '0');
          ++i;
          ++units;
        }
        // Bytes keep the low eight bits of values past 0o377, as CPython 3.11 does.
        if (bytes) {
          out += static_cast<char>(value & 0xFF);
        } else {
          append_utf8(out, value);
        }
        continue;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (bytes && n != 'x') break;
        int digits = n == 'x' ? 2 : n == 'u' ? 4 : 8;
        uint32_t value = 0;
        for (int k = 0; k < digits; ++k) {
          int h = i < s.size() ? hex_value(s[i]) : -1;
          if (h < 0) {
            const char* what = n == 'x' ? "truncated \\xXX escape" : n == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            return truncated(what, units);
          }
          value = value * 16 + static_cast<uint32_t>(h);
          ++i;
          ++units;
        }
        if (bytes) {
          out += static_cast<char>(value);
        } else if (value > 0x10FFFF) {
          error = fmt::format("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character", esc_units,
                              units - 1);
          return false;
        } else {
          append_utf8(out, value);
        }
        continue;
      }
      case 'N': {
        if (bytes) break;
        size_t close = i < s.size() && s[i] == '{' ? s.find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos || close == i + 1) {
          size_t end_units = units;
          if (i < s.size() && s[i] == '{') end_units += s.size() - i;
          error = fmt::format("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                              esc_units, end_units - 1);
          return false;
        }
        error = fmt::format("\\N{{{}}} escapes are not supported", s.substr(i + 1, close - i - 1));
        return false;
      }
      default: break;
    }
    // Not an escape: both characters stay (CPython warns, we do not).
    out += '\\';
    out += n;
    if (!bytes && static_cast<unsigned char>(n) >= 0x80) {
      // Copy the rest of a multi-byte character whose first byte followed '\'.
      units += 9;
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) out += s[i++];
    }
  }
  return true;
}

// Raw literals only need their line ends normalised.
void copy_raw(std::string_view s, std::string& out) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
}

// Accumulates the values of a JoinedStr: adjacent literal text is merged into one
// Constant, empty text is dropped (CPython does the same).
struct JoinedBuilder {
  Parser& p;
  bool u_kind;
  std::vector<Expr*> values;
  std::string pending;
  Span pending_span{};

  void text(std::string_view s, Span at) {
    if (s.empty()) return;
    if (pending.empty()) pending_span = at;
    pending += s;
    pending_span.end = at.end;
  }
  void flush() {
    if (pending.empty()) return;
    Constant* c = p.make<Constant>(pending_span);
    c->value_kind = ConstantKind::Str;
    c->text = std::move(pending);
    c->u_prefix = u_kind;
    values.push_back(c);
    pending.clear();
  }
  void value(Expr* e) {
    flush();
    values.push_back(e);
  }
};

// Parses the body of one f-string token (the text between its quotes).
class FStringParser {
 public:
  // Errors found while scanning are reported at the token after the whole string
  // concatenation, where CPython's parser stands when it decodes strings.
  FStringParser(Parser& p, bool raw, uint32_t begin, uint32_t end) : p_(p), src_(p.source_.text()), raw_(raw), end_(end), i_(begin) {}

  bool run(JoinedBuilder& out) {
    if (!literal_and_fields(out, 0)) return false;
    return true;
  }

 private:
  bool error(uint32_t, std::string message) {
    p_.fail_here(std::move(message));
    return false;
  }

  // Literal text and replacement fields up to the end of the body (level 0) or up to
  // the '}' closing a format spec (level > 0, the '}' is left for the caller).
  bool literal_and_fields(JoinedBuilder& out, int level) {
    std::string chunk;
    uint32_t chunk_begin = i_;
    auto emit_chunk = [&]() {
      if (chunk.empty()) return true;
      std::string decoded, message;
      if (raw_) {
        copy_raw(chunk, decoded);
      } else if (!decode_escapes(chunk, false, decoded, message)) {
        return error(chunk_begin, message);
      }
      out.text(decoded, Span{chunk_begin, i_});
      chunk.clear();
      return true;
    };
    while (i_ < end_) {
      char c = src_[i_];
      if (!raw_ && c == '\\' && i_ + 1 < end_) {
        char n = src_[i_ + 1];
        if (n == 'N' && i_ + 2 < end_ && src_[i_ + 2] == '{') {
          // \N{...} is an escape, not a replacement field.
          size_t close = src_.find('}', i_ + 3);
          uint32_t stop = close == std::string::npos || close >= end_ ? end_ : static_cast<uint32_t>(close + 1);
          chunk.append(src_, i_, stop - i_);
          i_ = stop;
          continue;
        }
        if (n != '{' && n != '}') {
          chunk.append(src_, i_, 2);
          i_ += 2;
          continue;
        }
      }
      if (c == '{') {
        if (level == 0 && i_ + 1 < end_ && src_[i_ + 1] == '{') {
          chunk += '{';
          i_ += 2;
          continue;
        }
        if (!emit_chunk()) return false;
        if (!field(out, level)) return false;
        chunk_begin = i_;
        continue;
      }
      if (c == '}') {
        if (level > 0) return emit_chunk();
        if (i_ + 1 < end_ && src_[i_ + 1] == '}') {
          chunk += '}';
          i_ += 2;
          continue;
        }
        return error(i_, "f-string: single '}' is not allowed");
      }
      chunk += c;
      ++i_;
    }
    return emit_chunk();
  }

  // One replacement field, starting at its '{'.
  bool field(JoinedBuilder& out, int level) {
    uint32_t field_begin = i_;
    if (level >= 2) return error(i_, "f-string: expressions nested too deeply");
    ++i_;
    uint32_t expr_begin = i_;
    char quote = 0;
    bool triple = false;
    std::string brackets;
    while (i_ < end_) {
      char c = src_[i_];
      if (c == '\\') return error(i_, "f-string expression part cannot include a backslash");
      if (quote) {
        if (c == quote) {
          if (!triple) {
            quote = 0;
          } else if (i_ + 2 < end_ && src_[i_ + 1] == quote && src_[i_ + 2] == quote) {
            quote = 0;
            i_ += 2;
          }
        }
        ++i_;
        continue;
      }
      if (c == '\'' || c == '"') {
        triple = i_ + 2 < end_ && src_[i_ + 1] == c && src_[i_ + 2] == c;
        quote = c;
        i_ += triple ? 3 : 1;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        if (brackets.size() >= static_cast<size_t>(kMaxBracketDepth)) return error(i_, "f-string: too many nested parenthesis");
        brackets += c;
        ++i_;
        continue;
      }
      if (c == '#') return error(i_, "f-string expression part cannot include '#'");
      if (brackets.empty()) {
        if (c == '}' || c == ':') break;
        char next = i_ + 1 < end_ ? src_[i_ + 1] : '\0';
        if (c == '!') {
          if (next != '=') break;
          i_ += 2;
          continue;
        }
        if (c == '=') {
          char prev = src_[i_ - 1];
          if (next == '=') {
            i_ += 2;
            continue;
          }
          if (i_ == expr_begin || (prev != '=' && prev != '!' && prev != '<' && prev != '>')) break;
        }
      }
      if (c == ')' || c == ']' || c == '}') {
        if (brackets.empty()) return error(i_, fmt::format("f-string: unmatched '{}'", c));
        char open = brackets.back();
        brackets.pop_back();
        char want = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != want) return error(i_, fmt::format("f-string: closing parenthesis '{}' does not match opening parenthesis '{}'", c, open));
      }
      ++i_;
    }
    if (quote) return error(i_ > 0 ? i_ - 1 : i_, "f-string: unterminated string");
    if (!brackets.empty()) return error(i_ > 0 ? i_ - 1 : i_, fmt::format("f-string: unmatched '{}'", brackets.back()));
    if (i_ >= end_) return error(i_ > 0 ? i_ - 1 : i_, "f-string: expecting '}'");
    uint32_t expr_end = i_;
    bool blank = true;
    for (uint32_t k = expr_begin; k < expr_end; ++k) {
      char c = src_[k];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') blank = false;
    }
    if (blank) return error(i_, "f-string: empty expression not allowed");

    Expr* value = expression(expr_begin, expr_end);
    if (!value) return false;

    // `{expr=}`: the expression's text, '=' and any following spaces become literal
    // text, and the value is shown with repr() unless a conversion or spec is given.
    bool debug = false;
    if (src_[i_] == '=') {
      ++i_;
      while (i_ < end_ && (src_[i_] == ' ' || src_[i_] == '\t' || src_[i_] == '\n' || src_[i_] == '\r' || src_[i_] == '\f')) ++i_;
      debug = true;
      std::string text;
      copy_raw(std::string_view(src_).substr(expr_begin, i_ - expr_begin), text);
      out.text(text, Span{expr_begin, i_});
    }
    int conversion = -1;
    if (i_ < end_ && src_[i_] == '!') {
      ++i_;
      char c = i_ < end_ ? src_[i_] : '\0';
      if (c != 's' && c != 'r' && c != 'a') return error(i_, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = c;
      ++i_;
      if (i_ >= end_ || (src_[i_] != ':' && src_[i_] != '}')) return error(i_ < end_ ? i_ : end_ - 1, "f-string: expecting '}'");
    }
    Expr* spec = nullptr;
    if (i_ < end_ && src_[i_] == ':') {
      ++i_;
      uint32_t spec_begin = i_;
      JoinedBuilder spec_out{p_, out.u_kind, {}, {}, {}};
      if (!literal_and_fields(spec_out, level + 1)) return false;
      spec_out.flush();
      JoinedStr* joined = p_.make<JoinedStr>(Span{spec_begin, i_});
      joined->values = std::move(spec_out.values);
      spec = joined;
    }
    if (i_ >= end_ || src_[i_] != '}') return error(i_ < end_ ? i_ : end_ - 1, "f-string: expecting '}'");
    ++i_;
    if (debug && conversion == -1 && !spec) conversion = 'r';
    FormattedValue* fv = p_.make<FormattedValue>(Span{field_begin, i_});
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    out.value(fv);
    return true;
  }

  // Parses a field's expression from its own range of the source.
  Expr* expression(uint32_t begin, uint32_t end) {
    LexOptions options;
    options.begin = begin;
    options.end = end;
    options.expression_only = true;
    Parser sub(p_.source_, p_.arena_, lex(p_.source_, options), p_.depth_ + 1, true);
    Expr* e = sub.parse_fstring_field();
    if (!e) {
      std::optional<Diagnostic> d = sub.final_error();
      if (d) {
        p_.fail(d->span, d->message, d->kind);
      } else {
        p_.fail(Span{begin, end}, "f-string: invalid syntax");
      }
      return nullptr;
    }
    return e;
  }

  Parser& p_;
  const std::string& src_;
  bool raw_;
  uint32_t end_;
  uint32_t i_;
};

}  // namespace

// One or more adjacent string tokens (grammar: strings, atom). Tokens are decoded in
// order and checked for bytes/str mixing one by one, so the first problem in source
// order is the one reported, as in CPython.
Expr* Parser::strings() {
  uint32_t begin = start();
  size_t first = pos_;
  while (at(TokenKind::String)) advance();
  size_t last = pos_;

  bool u_kind = text(tokens_[first])[0] == 'u';
  bool first_bytes = false;
  bool any_fstring = false;
  std::string bytes_value;
  JoinedBuilder builder{*this, u_kind, {}, {}, {}};
  for (size_t k = first; k < last; ++k) {
    const Token& tok = tokens_[k];
    std::string_view t = text(tok);
    Prefix prefix;
    size_t q = 0;
    while (t[q] != '\'' && t[q] != '"') {
      char c = static_cast<char>(t[q] | 0x20);
      if (c == 'r') prefix.raw = true;
      if (c == 'b') prefix.bytes = true;
      if (c == 'f') prefix.fstring = true;
      ++q;
    }
    size_t quote_len = t.size() - q >= 6 && t[q + 1] == t[q] && t[q + 2] == t[q] ? 3 : 1;
    uint32_t body_begin = tok.span.begin + static_cast<uint32_t>(q + quote_len);
    uint32_t body_end = tok.span.end - static_cast<uint32_t>(quote_len);
    std::string_view body = std::string_view(source_.text()).substr(body_begin, body_end - body_begin);

    std::string decoded, message;
    if (!prefix.fstring) {
      if (prefix.bytes) {
        for (char c : body) {
          if (static_cast<unsigned char>(c) >= 0x80) return fail(tok.span, "bytes can only contain ASCII literal characters");
        }
      }
      if (prefix.raw) {
        copy_raw(body, decoded);
      } else if (!decode_escapes(body, prefix.bytes, decoded, message)) {
        return fail_here(message);
      }
    }
    if (k == first) {
      first_bytes = prefix.bytes;
    } else if (prefix.bytes != first_bytes) {
      return fail_here("cannot mix bytes and nonbytes literals");
    }
    if (prefix.fstring) {
      any_fstring = true;
      FStringParser fp(*this, prefix.raw, body_begin, body_end);
      if (!fp.run(builder)) return nullptr;
    } else if (prefix.bytes) {
      bytes_value += decoded;
    } else {
      builder.text(decoded, tok.span);
    }
  }

  if (first_bytes) {
    Constant* c = make<Constant>(span_from(begin));
    c->value_kind = ConstantKind::Bytes;
    c->text = std::move(bytes_value);
    return c;
  }
  if (!any_fstring) {
    Constant* c = make<Constant>(span_from(begin));
    c->value_kind = ConstantKind::Str;
    c->text = std::move(builder.pending);
    c->u_prefix = u_kind;
    return c;
  }
  builder.flush();
  JoinedStr* j = make<JoinedStr>(span_from(begin));
  j->values = std::move(builder.values);
  return j;
}

}  // namespace edge::compiler
