// Token kinds and the Token value the lexer hands to the parser. The kinds come from
// tokens.def (one list, so names, spellings and the enum cannot drift apart).
//
// Invariant: a Token is just a kind and a byte span into the SourceFile; its text
// (identifier, number or string literal including prefix and quotes) is always
// `source.text().substr(span.begin, span.end - span.begin)`.
#pragma once

#include <cstdint>
#include <string_view>

#include "compiler/source.h"

namespace edge::compiler {

enum class TokenKind : uint8_t {
#define EDGE_TOKEN(name, text) name,
#define EDGE_OPERATOR(name, text) name,
#define EDGE_KEYWORD(name, text) name,
#include "compiler/tokens.def"
};

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  Span span;
};

// "name", "newline", ... for structural tokens; the spelling ("+=", "def") otherwise.
// (These helpers are defined in lexer.cpp.)
const char* token_kind_name(TokenKind kind);

// The enum member name ("PlusEqual"), for test output and debugging.
const char* token_kind_id(TokenKind kind);

inline bool is_keyword(TokenKind kind) { return kind >= TokenKind::False; }

// The keyword kind for an identifier, or TokenKind::Name when it is not a hard keyword.
TokenKind keyword_kind(std::string_view text);

}  // namespace edge::compiler
