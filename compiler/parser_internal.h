// The Parser class shared by parser.cpp (driver, error priority, targets, depth
// check), parser_expr.cpp (expressions), parser_stmt.cpp (statements and patterns) and
// strings.cpp (string literals and f-strings). Not part of the compiler's interface:
// other code includes parser.h.
//
// Conventions inside the parser:
//   - Parse functions return nullptr (or false) on error, after the error has been
//     recorded with fail*(); callers return at once. The first recorded error wins.
//   - A node's span runs from the first token of its rule to the end of the last token
//     consumed (so `(a) + b` starts at the parenthesis, as in CPython); a parenthesized
//     expression keeps the span of its content, and is remembered in `parens_`.
//   - `furthest_` is the furthest token looked at while parsing normally; generic
//     "invalid syntax" errors point there, like CPython's error at the last token its
//     first parser pass fetched. Look-ahead done only to choose a better message
//     (CPython's second pass) runs with `emulating_` set and does not move it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "compiler/ast.h"
#include "compiler/diagnostics.h"
#include "compiler/lexer.h"
#include "compiler/parser.h"

namespace edge::compiler {

// How an invalid target is described ("cannot assign to" / "cannot delete") and
// searched (a `for` target may be parsed as `x in y`).
enum class TargetMode : uint8_t { Assign, Del, For };

// What fail() returns: converts to nullptr for node-returning parse functions and to
// false for bool-returning ones, so every error path reads `return fail(...)`.
struct Failed {
  template <class T> operator T*() const { return nullptr; }
  operator bool() const { return false; }
};

// CPython's name for an expression in error messages ("function call", "literal").
const char* expr_description(const Expr* e);

// The sub-expression CPython names in "cannot assign to X" for an invalid target;
// nullptr when it has none to offer (the error is then a plain "invalid syntax").
const Expr* invalid_target(const Expr* e, TargetMode mode);

// All members are public: the class is the shared state of four translation units
// (see the file comment), not an abstraction boundary.
class Parser {
 public:
  // `depth` is the nesting already used by an enclosing parser (f-string fields);
  // `fstring` marks a parser for one f-string replacement field.
  Parser(const SourceFile& source, AstArena& arena, LexResult lexed, int depth, bool fstring);

  bool parse_file(std::vector<Stmt*>& body);
  Expr* parse_eval();
  Expr* parse_fstring_field();

  // The error to report once parsing stopped, choosing between the lexer's and the
  // parser's errors the way CPython does.
  std::optional<Diagnostic> final_error() const;

  // ---- statements (parser_stmt.cpp) ----
  bool statement(std::vector<Stmt*>& out);
  bool simple_statements(std::vector<Stmt*>& out);
  Stmt* simple_statement();
  Stmt* expression_statement();
  Stmt* assignment_error(const std::vector<Expr*>& targets);
  void assignment_hints(size_t start_pos);
  Stmt* del_statement();
  Stmt* import_statement();
  Stmt* from_statement();
  Stmt* return_statement();
  Stmt* raise_statement();
  Stmt* global_statement(bool nonlocal);
  Stmt* assert_statement();
  bool block(std::vector<Stmt*>& out, const char* what, uint32_t header_line);
  bool colon(bool forced);
  Stmt* if_statement();
  bool else_block(std::vector<Stmt*>& out, const char* what);
  Stmt* while_statement();
  Stmt* for_statement(uint32_t start, bool is_async);
  Stmt* with_statement(uint32_t start, bool is_async);
  bool with_items_parenthesized(std::vector<WithItem>& items);
  bool with_item(WithItem& item);
  Stmt* try_statement();
  Stmt* function_def(uint32_t start, std::vector<Expr*> decorators, bool is_async);
  Stmt* class_def(uint32_t start, std::vector<Expr*> decorators);
  Stmt* decorated();
  Stmt* try_match_statement();
  Expr* match_subject();
  MatchCase* case_block();

  // ---- patterns (parser_stmt.cpp) ----
  Pattern* patterns();
  Pattern* pattern();
  Pattern* or_pattern();
  Pattern* closed_pattern();
  Pattern* maybe_star_pattern();
  Pattern* mapping_pattern();
  Pattern* class_pattern(uint32_t start, Expr* cls);
  Expr* literal_expr(bool* is_singleton, ConstantKind* singleton);
  Expr* signed_number();
  Expr* name_or_attr();
  bool capture_name(std::string* name);

  // ---- expressions (parser_expr.cpp) ----
  Expr* star_expressions();
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* named_expression();
  Expr* expression();
  Expr* expression_tail(size_t start_pos, uint32_t start, Expr* body);
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* bitwise_or();
  Expr* binary(int min_precedence);
  Expr* factor();
  Expr* power();
  Expr* primary();
  Expr* primary_trailers(uint32_t start, Expr* e);
  Expr* atom();
  Expr* paren_atom();
  Expr* paren_contents(uint32_t start, bool fstring);
  Expr* list_atom();
  Expr* brace_atom();
  Expr* yield_expression();
  Expr* lambda_expression();
  Expr* number_constant(const Token& t);
  Expr* slices();
  Expr* slice_item();
  bool call_arguments(Call* call, bool class_bases = false);
  bool class_arguments(std::vector<Expr*>& bases, std::vector<Keyword*>& keywords);
  bool comprehension_clauses(std::vector<Comprehension*>& out);
  Arguments* parameters(bool lambda, TokenKind close);
  Expr* stray_equal(Expr* e);
  Expr* star_targets();
  Expr* star_target();
  Failed target_or_report(size_t start_pos, TargetMode mode);

  // ---- strings (strings.cpp) ----
  Expr* strings();

  // ---- targets (parser.cpp) ----
  // Sets Store/Del context on a target; returns the first sub-expression that cannot
  // be a target, or nullptr when the whole target is valid.
  const Expr* set_target_context(Expr* e, ExprContext ctx);
  Failed report_invalid_target(const Expr* e, TargetMode mode);

  // ---- token access ----
  const Token& token() {
    note(pos_);
    return tokens_[pos_];
  }
  TokenKind kind() { return token().kind; }
  TokenKind kind_at(size_t ahead) {
    size_t i = pos_ + ahead < tokens_.size() ? pos_ + ahead : tokens_.size() - 1;
    note(i);
    return tokens_[i].kind;
  }
  bool at(TokenKind k) { return kind() == k; }
  bool accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
  }
  void advance() {
    if (pos_ + 1 < tokens_.size()) ++pos_;
  }
  std::string_view text(const Token& t) const { return std::string_view(source_.text()).substr(t.span.begin, t.span.end - t.span.begin); }
  bool at_soft_keyword(std::string_view word) { return at(TokenKind::Name) && text(token()) == word; }
  uint32_t start() { return token().span.begin; }
  uint32_t prev_end() const { return pos_ > 0 ? tokens_[pos_ - 1].span.end : tokens_[0].span.begin; }
  Span span_from(uint32_t begin) const { return Span{begin, prev_end() > begin ? prev_end() : begin}; }
  uint32_t line_of(uint32_t offset) const { return source_.line_of(offset); }
  void note(size_t i) {
    if (!emulating_ && i > furthest_) furthest_ = i;
    if (i > furthest_any_) furthest_any_ = i;
  }
  bool starts_expression(TokenKind k) const;
  bool inside_brackets(size_t token_index) const;

  template <class T> T* make(Span span) { return arena_.make<T>(span); }
  Name* make_name(const Token& t, ExprContext ctx);

  // ---- errors ----
  bool failed() const { return error_.has_value(); }
  Failed fail(Span at, std::string message, ErrorKind kind = ErrorKind::SyntaxError);
  // "invalid syntax" at the furthest token (IndentationError at INDENT / DEDENT).
  Failed fail_syntax();
  // A message located at the last token looked at (CPython's RAISE_SYNTAX_ERROR).
  Failed fail_here(std::string message, ErrorKind kind = ErrorKind::SyntaxError);

  // The recorded error with its flags, to put back after a look-ahead that found no
  // better message.
  struct SavedError {
    std::optional<Diagnostic> error;
    bool generic;
    bool indent;
  };
  SavedError save_error() const { return SavedError{error_, generic_error_, indent_error_}; }
  void restore_error(SavedError saved) {
    error_ = std::move(saved.error);
    generic_error_ = saved.generic;
    indent_error_ = saved.indent;
  }

  struct Mark {
    size_t pos;
    bool emulating;
  };
  Mark mark() const { return Mark{pos_, emulating_}; }
  Expr* trailer_failed(Mark m, Expr* e);
  Expr* operand_failed(Mark m, Expr* left);
  // Backtracks to `m`, dropping any error recorded since (speculative parses never
  // start with an error pending).
  void reset(Mark m) {
    pos_ = m.pos;
    emulating_ = m.emulating;
    error_.reset();
  }

  // Nesting guard for recursive descent: counts this parser's recursion plus that of
  // enclosing f-string parsers.
  struct Nest {
    Parser& p;
    bool ok;
    explicit Nest(Parser& parser);
    ~Nest() { --p.depth_; }
  };

  const SourceFile& source_;
  AstArena& arena_;
  std::vector<Token> tokens_;
  std::optional<Diagnostic> lex_error_;
  bool lex_hard_error_ = false;
  std::optional<Span> lex_open_bracket_;
  size_t pos_ = 0;
  size_t furthest_ = 0;
  // Furthest token looked at including message look-ahead: CPython's tokenizer runs
  // as far as either of its passes fetched, which decides whether a lexer error or an
  // unclosed bracket takes over (final_error()).
  size_t furthest_any_ = 0;
  bool emulating_ = false;
  // The recorded error is a plain "invalid syntax" (fail_syntax()).
  bool generic_error_ = false;
  // The recorded error is "unexpected indent/unindent", which CPython raises after
  // its tokenizer checks, so lexer errors further on never replace it.
  bool indent_error_ = false;
  // The current simple statement had '=', ':' or an augmented operator after its
  // first expression list (see simple_statements()).
  bool statement_assigns_ = false;
  // Off while reading the second expression of `a b` (CPython's
  // expression_without_invalid): no error hints inside it.
  bool hints_ = true;
  int depth_ = 0;
  bool fstring_ = false;
  std::optional<Diagnostic> error_;
  std::unordered_set<const Expr*> parens_;
};

// Recursion limit of the parser itself (each bracket level costs one).
inline constexpr int kMaxParserNesting = 1000;

}  // namespace edge::compiler
