// Parser driver: entry points, error bookkeeping and priority, assignment targets,
// and the final nesting-depth check. Expressions, statements and strings live in
// parser_expr.cpp, parser_stmt.cpp and strings.cpp (see parser_internal.h for the
// conventions all four follow).
//
// Invariant: a Parser records at most one error (error_); once it is set every parse
// function returns failure without consuming more tokens, except inside a speculative
// parse, which always ends in reset() to a Mark taken while no error was pending.
#include <cstring>

#include "compiler/parser_internal.h"
#include "vm/fmt.h"

namespace edge::compiler {

Parser::Parser(const SourceFile& source, AstArena& arena, LexResult lexed, int depth, bool fstring)
    : source_(source), arena_(arena), tokens_(std::move(lexed.tokens)), lex_error_(std::move(lexed.error)),
      lex_hard_error_(lexed.hard_error), lex_open_bracket_(lexed.open_bracket), depth_(depth), fstring_(fstring) {}

Parser::Nest::Nest(Parser& parser) : p(parser), ok(true) {
  if (++p.depth_ > kMaxParserNesting) {
    p.fail(p.token().span, "too many nested expressions");
    ok = false;
  }
}

Failed Parser::fail(Span at, std::string message, ErrorKind kind) {
  if (!error_) {
    error_ = Diagnostic{kind, std::move(message), at};
    generic_error_ = false;
    indent_error_ = false;
  }
  return Failed{};
}

Failed Parser::fail_syntax() {
  bool first = !error_;
  const Token& t = tokens_[furthest_ > pos_ ? furthest_ : pos_];
  if (t.kind == TokenKind::Indent) {
    // CPython points at the last character of the indentation.
    uint32_t last = t.span.end > t.span.begin ? t.span.end - 1 : t.span.begin;
    fail(Span{last, last}, "unexpected indent", ErrorKind::IndentationError);
  } else if (t.kind == TokenKind::Dedent) {
    fail(t.span, "unexpected unindent", ErrorKind::IndentationError);
  } else {
    fail(t.span, "invalid syntax");
  }
  if (first) {
    generic_error_ = true;
    indent_error_ = t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent;
  }
  return Failed{};
}

Failed Parser::fail_here(std::string message, ErrorKind kind) {
  const Token& t = tokens_[furthest_ > pos_ ? furthest_ : pos_];
  return fail(t.span, std::move(message), kind);
}

std::optional<Diagnostic> Parser::final_error() const {
  std::optional<Diagnostic> chosen = error_;
  bool from_parser = true;
  if (lex_error_) {
    // The Error token is always last. CPython tokenizes on demand and, after a parser
    // error, scans the rest of the file: errors the tokenizer raises itself win; an
    // unclosed bracket wins over a parser error on a later line.
    bool reached = furthest_any_ + 1 >= tokens_.size();
    uint32_t last_line = line_of(tokens_[furthest_any_].span.begin);
    if (!chosen || reached || (lex_hard_error_ && !indent_error_)) {
      chosen = lex_error_;
      from_parser = false;
    } else if (lex_open_bracket_ && !indent_error_ && last_line > line_of(lex_open_bracket_->begin)) {
      char open = source_.text()[lex_open_bracket_->begin];
      chosen = Diagnostic{ErrorKind::SyntaxError, fmt::format("'{}' was never closed", open), *lex_open_bracket_};
      from_parser = false;
    }
  }
  if (chosen && fstring_ && from_parser && chosen->message.compare(0, 8, "f-string") != 0) {
    chosen->message = "f-string: " + chosen->message;
  }
  return chosen;
}

bool Parser::starts_expression(TokenKind k) const {
  switch (k) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LParen:
    case TokenKind::LBracket:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::Not:
    case TokenKind::Lambda:
    case TokenKind::Await:
    case TokenKind::None:
    case TokenKind::True:
    case TokenKind::False:
    case TokenKind::Ellipsis: return true;
    default: return false;
  }
}

// Only asked on error paths, so a scan from the start is affordable.
bool Parser::inside_brackets(size_t token_index) const {
  int level = fstring_ ? 1 : 0;
  for (size_t i = 0; i <= token_index && i < tokens_.size(); ++i) {
    switch (tokens_[i].kind) {
      case TokenKind::LParen:
      case TokenKind::LBracket:
      case TokenKind::LBrace: ++level; break;
      case TokenKind::RParen:
      case TokenKind::RBracket:
      case TokenKind::RBrace: --level; break;
      default: break;
    }
  }
  return level > 0;
}

Name* Parser::make_name(const Token& t, ExprContext ctx) {
  Name* n = make<Name>(t.span);
  n->id = std::string(text(t));
  n->ctx = ctx;
  return n;
}

// ---------------------------------------------------------------------------------------
// Targets. CPython's grammar has separate target rules; this parser parses a target as
// an expression and checks it afterwards, which gives the same trees and lets error
// messages name the offending sub-expression (Parser/pegen.c, _PyPegen_get_invalid_target
// documents which one CPython names).

const char* expr_description(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (e->as<Constant>()->value_kind) {
        case ConstantKind::None: return "None";
        case ConstantKind::True: return "True";
        case ConstantKind::False: return "False";
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

const Expr* Parser::set_target_context(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name: e->as<Name>()->ctx = ctx; return nullptr;
    case ExprKind::Attribute: e->as<Attribute>()->ctx = ctx; return nullptr;
    case ExprKind::Subscript: e->as<Subscript>()->ctx = ctx; return nullptr;
    case ExprKind::Starred:
      if (ctx == ExprContext::Del) return e;
      e->as<Starred>()->ctx = ctx;
      return set_target_context(e->as<Starred>()->value, ctx);
    case ExprKind::List:
    case ExprKind::Tuple: {
      auto& elts = e->kind == ExprKind::List ? e->as<List>()->elts : e->as<Tuple>()->elts;
      for (Expr* elt : elts) {
        if (const Expr* bad = set_target_context(elt, ctx)) return bad;
      }
      if (e->kind == ExprKind::List) {
        e->as<List>()->ctx = ctx;
      } else {
        e->as<Tuple>()->ctx = ctx;
      }
      return nullptr;
    }
    default: return e;
  }
}

const Expr* invalid_target(const Expr* e, TargetMode mode) {
  switch (e->kind) {
    case ExprKind::List:
    case ExprKind::Tuple: {
      const auto& elts = e->kind == ExprKind::List ? e->as<List>()->elts : e->as<Tuple>()->elts;
      for (const Expr* elt : elts) {
        if (const Expr* bad = invalid_target(elt, mode)) return bad;
      }
      return nullptr;
    }
    case ExprKind::Starred:
      if (mode == TargetMode::Del) return e;
      return invalid_target(e->as<Starred>()->value, mode);
    case ExprKind::Compare:
      // `for x in y` reaches here as a comparison when the target itself is bad.
      if (mode == TargetMode::For) {
        const Compare* c = e->as<Compare>();
        return c->ops[0] == CmpOpKind::In ? invalid_target(c->left, mode) : nullptr;
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute: return nullptr;
    default: return e;
  }
}

Failed Parser::report_invalid_target(const Expr* e, TargetMode mode) {
  const Expr* bad = invalid_target(e, mode);
  if (!bad) return fail_syntax();
  const char* verb = mode == TargetMode::Del ? "delete" : "assign to";
  return fail(bad->span, fmt::format("cannot {} {}", verb, expr_description(bad)));
}

// ---------------------------------------------------------------------------------------
// Depth check: an explicit-stack walk over the finished tree, so that this check itself
// cannot overflow. Nesting that the grammar builds iteratively (a + b + c ..., a.b.c...,
// elif chains) is what it catches; recursion inside the parser has its own guard.

namespace {

class DepthCheck {
 public:
  // Returns the span of the first node deeper than kMaxExprDepth; `statement` tells
  // whether that node is a statement (an `elif` chain) or an expression or pattern.
  std::optional<Span> run(const std::vector<Stmt*>& body, bool* statement) {
    for (const Stmt* s : body) push_stmt(s, 1);
    while (!stack_.empty()) {
      Item it = stack_.back();
      stack_.pop_back();
      if (it.depth > kMaxExprDepth) {
        *statement = it.tag == Tag::Stmt;
        return it.span;
      }
      switch (it.tag) {
        case Tag::Stmt: stmt(static_cast<const Stmt*>(it.node), it.depth + 1); break;
        case Tag::Expr: expr(static_cast<const Expr*>(it.node), it.depth + 1); break;
        case Tag::Pattern: pattern(static_cast<const Pattern*>(it.node), it.depth + 1); break;
      }
    }
    return std::nullopt;
  }

 private:
  enum class Tag : uint8_t { Stmt, Expr, Pattern };
  struct Item {
    Tag tag;
    const void* node;
    int depth;
    Span span;
  };

  void push_stmt(const Stmt* s, int d) { stack_.push_back(Item{Tag::Stmt, s, d, s->span}); }
  void push_expr(const Expr* e, int d) {
    if (e) stack_.push_back(Item{Tag::Expr, e, d, e->span});
  }
  void push_pattern(const Pattern* p, int d) { stack_.push_back(Item{Tag::Pattern, p, d, p->span}); }
  void exprs(const std::vector<Expr*>& v, int d) {
    for (const Expr* e : v) push_expr(e, d);
  }
  void stmts(const std::vector<Stmt*>& v, int d) {
    for (const Stmt* s : v) push_stmt(s, d);
  }
  void arguments(const Arguments* a, int d) {
    if (!a) return;
    for (const Arg* x : a->posonlyargs) push_expr(x->annotation, d);
    for (const Arg* x : a->args) push_expr(x->annotation, d);
    for (const Arg* x : a->kwonlyargs) push_expr(x->annotation, d);
    if (a->vararg) push_expr(a->vararg->annotation, d);
    if (a->kwarg) push_expr(a->kwarg->annotation, d);
    exprs(a->defaults, d);
    exprs(a->kw_defaults, d);
  }
  void generators(const std::vector<Comprehension*>& gens, int d) {
    for (const Comprehension* c : gens) {
      push_expr(c->target, d);
      push_expr(c->iter, d);
      exprs(c->ifs, d);
    }
  }
  void keywords(const std::vector<Keyword*>& kws, int d) {
    for (const Keyword* k : kws) push_expr(k->value, d);
  }

  void expr(const Expr* e, int d) {
    switch (e->kind) {
      case ExprKind::BoolOp: exprs(e->as<BoolOp>()->values, d); break;
      case ExprKind::NamedExpr:
        push_expr(e->as<NamedExpr>()->target, d);
        push_expr(e->as<NamedExpr>()->value, d);
        break;
      case ExprKind::BinOp:
        push_expr(e->as<BinOp>()->left, d);
        push_expr(e->as<BinOp>()->right, d);
        break;
      case ExprKind::UnaryOp: push_expr(e->as<UnaryOp>()->operand, d); break;
      case ExprKind::Lambda:
        arguments(e->as<Lambda>()->args, d);
        push_expr(e->as<Lambda>()->body, d);
        break;
      case ExprKind::IfExp:
        push_expr(e->as<IfExp>()->test, d);
        push_expr(e->as<IfExp>()->body, d);
        push_expr(e->as<IfExp>()->orelse, d);
        break;
      case ExprKind::Dict:
        exprs(e->as<Dict>()->keys, d);
        exprs(e->as<Dict>()->values, d);
        break;
      case ExprKind::Set: exprs(e->as<Set>()->elts, d); break;
      case ExprKind::ListComp:
        push_expr(e->as<ListComp>()->elt, d);
        generators(e->as<ListComp>()->generators, d);
        break;
      case ExprKind::SetComp:
        push_expr(e->as<SetComp>()->elt, d);
        generators(e->as<SetComp>()->generators, d);
        break;
      case ExprKind::GeneratorExp:
        push_expr(e->as<GeneratorExp>()->elt, d);
        generators(e->as<GeneratorExp>()->generators, d);
        break;
      case ExprKind::DictComp:
        push_expr(e->as<DictComp>()->key, d);
        push_expr(e->as<DictComp>()->value, d);
        generators(e->as<DictComp>()->generators, d);
        break;
      case ExprKind::Await: push_expr(e->as<Await>()->value, d); break;
      case ExprKind::Yield: push_expr(e->as<Yield>()->value, d); break;
      case ExprKind::YieldFrom: push_expr(e->as<YieldFrom>()->value, d); break;
      case ExprKind::Compare:
        push_expr(e->as<Compare>()->left, d);
        exprs(e->as<Compare>()->comparators, d);
        break;
      case ExprKind::Call:
        push_expr(e->as<Call>()->func, d);
        exprs(e->as<Call>()->args, d);
        keywords(e->as<Call>()->keywords, d);
        break;
      case ExprKind::FormattedValue:
        push_expr(e->as<FormattedValue>()->value, d);
        push_expr(e->as<FormattedValue>()->format_spec, d);
        break;
      case ExprKind::JoinedStr: exprs(e->as<JoinedStr>()->values, d); break;
      case ExprKind::Constant:
      case ExprKind::Name: break;
      case ExprKind::Attribute: push_expr(e->as<Attribute>()->value, d); break;
      case ExprKind::Subscript:
        push_expr(e->as<Subscript>()->value, d);
        push_expr(e->as<Subscript>()->slice, d);
        break;
      case ExprKind::Starred: push_expr(e->as<Starred>()->value, d); break;
      case ExprKind::List: exprs(e->as<List>()->elts, d); break;
      case ExprKind::Tuple: exprs(e->as<Tuple>()->elts, d); break;
      case ExprKind::Slice:
        push_expr(e->as<Slice>()->lower, d);
        push_expr(e->as<Slice>()->upper, d);
        push_expr(e->as<Slice>()->step, d);
        break;
    }
  }

  void pattern(const Pattern* p, int d) {
    switch (p->kind) {
      case PatternKind::MatchValue: push_expr(p->as<MatchValue>()->value, d); break;
      case PatternKind::MatchSingleton:
      case PatternKind::MatchStar: break;
      case PatternKind::MatchSequence:
        for (const Pattern* q : p->as<MatchSequence>()->patterns) push_pattern(q, d);
        break;
      case PatternKind::MatchMapping:
        exprs(p->as<MatchMapping>()->keys, d);
        for (const Pattern* q : p->as<MatchMapping>()->patterns) push_pattern(q, d);
        break;
      case PatternKind::MatchClass:
        push_expr(p->as<MatchClass>()->cls, d);
        for (const Pattern* q : p->as<MatchClass>()->patterns) push_pattern(q, d);
        for (const Pattern* q : p->as<MatchClass>()->kwd_patterns) push_pattern(q, d);
        break;
      case PatternKind::MatchAs:
        if (p->as<MatchAs>()->pattern) push_pattern(p->as<MatchAs>()->pattern, d);
        break;
      case PatternKind::MatchOr:
        for (const Pattern* q : p->as<MatchOr>()->patterns) push_pattern(q, d);
        break;
    }
  }

  void stmt(const Stmt* s, int d) {
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto n = s->as<FunctionDef>();
        exprs(n->decorator_list, d);
        arguments(n->args, d);
        push_expr(n->returns, d);
        stmts(n->body, d);
        break;
      }
      case StmtKind::ClassDef: {
        auto n = s->as<ClassDef>();
        exprs(n->decorator_list, d);
        exprs(n->bases, d);
        keywords(n->keywords, d);
        stmts(n->body, d);
        break;
      }
      case StmtKind::Return: push_expr(s->as<Return>()->value, d); break;
      case StmtKind::Delete: exprs(s->as<Delete>()->targets, d); break;
      case StmtKind::Assign:
        exprs(s->as<Assign>()->targets, d);
        push_expr(s->as<Assign>()->value, d);
        break;
      case StmtKind::AugAssign:
        push_expr(s->as<AugAssign>()->target, d);
        push_expr(s->as<AugAssign>()->value, d);
        break;
      case StmtKind::AnnAssign:
        push_expr(s->as<AnnAssign>()->target, d);
        push_expr(s->as<AnnAssign>()->annotation, d);
        push_expr(s->as<AnnAssign>()->value, d);
        break;
      case StmtKind::For:
        push_expr(s->as<For>()->target, d);
        push_expr(s->as<For>()->iter, d);
        stmts(s->as<For>()->body, d);
        stmts(s->as<For>()->orelse, d);
        break;
      case StmtKind::While:
        push_expr(s->as<While>()->test, d);
        stmts(s->as<While>()->body, d);
        stmts(s->as<While>()->orelse, d);
        break;
      case StmtKind::If:
        push_expr(s->as<If>()->test, d);
        stmts(s->as<If>()->body, d);
        stmts(s->as<If>()->orelse, d);
        break;
      case StmtKind::With:
        for (const WithItem& item : s->as<With>()->items) {
          push_expr(item.context_expr, d);
          push_expr(item.optional_vars, d);
        }
        stmts(s->as<With>()->body, d);
        break;
      case StmtKind::Match:
        push_expr(s->as<Match>()->subject, d);
        for (const MatchCase* c : s->as<Match>()->cases) {
          push_pattern(c->pattern, d);
          push_expr(c->guard, d);
          stmts(c->body, d);
        }
        break;
      case StmtKind::Raise:
        push_expr(s->as<Raise>()->exc, d);
        push_expr(s->as<Raise>()->cause, d);
        break;
      case StmtKind::Try: {
        auto n = s->as<Try>();
        stmts(n->body, d);
        for (const ExceptHandler* h : n->handlers) {
          push_expr(h->type, d);
          stmts(h->body, d);
        }
        stmts(n->orelse, d);
        stmts(n->finalbody, d);
        break;
      }
      case StmtKind::Assert:
        push_expr(s->as<Assert>()->test, d);
        push_expr(s->as<Assert>()->msg, d);
        break;
      case StmtKind::ExprStmt: push_expr(s->as<ExprStmt>()->value, d); break;
      case StmtKind::Import:
      case StmtKind::ImportFrom:
      case StmtKind::Global:
      case StmtKind::Nonlocal:
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue: break;
    }
  }

  std::vector<Item> stack_;
};

}  // namespace

// ---------------------------------------------------------------------------------------
// Entry points.

bool Parser::parse_file(std::vector<Stmt*>& body) {
  while (!at(TokenKind::EndMarker)) {
    if (!statement(body)) return false;
  }
  bool statement = false;
  if (std::optional<Span> deep = DepthCheck().run(body, &statement)) {
    fail(*deep, statement ? "too many nested statements" : "too many nested expressions");
    return false;
  }
  return true;
}

Expr* Parser::parse_eval() {
  uint32_t begin = start();
  Expr* first = expression();
  if (!first) return nullptr;
  Expr* result = first;
  if (at(TokenKind::Comma)) {
    Tuple* t = make<Tuple>(Span{});
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
      if (!starts_expression(kind())) break;
      Expr* e = expression();
      if (!e) return nullptr;
      t->elts.push_back(e);
    }
    t->span = span_from(begin);
    result = t;
  }
  while (accept(TokenKind::Newline)) {
  }
  if (!at(TokenKind::EndMarker)) return fail_syntax();
  ExprStmt wrapper;
  std::vector<Stmt*> body{&wrapper};
  wrapper.value = result;
  wrapper.span = result->span;
  bool statement = false;
  if (std::optional<Span> deep = DepthCheck().run(body, &statement)) return fail(*deep, "too many nested expressions");
  return result;
}

Expr* Parser::parse_fstring_field() { return paren_contents(start(), true); }

namespace {

std::unique_ptr<Module> run(const SourceFile& source, Diagnostics& diagnostics, bool eval) {
  auto module = std::make_unique<Module>();
  Parser parser(source, module->arena, lex(source), 0, false);
  bool ok;
  if (eval) {
    Expr* e = parser.parse_eval();
    ok = e != nullptr;
    if (ok) {
      ExprStmt* s = module->arena.make<ExprStmt>(e->span);
      s->value = e;
      module->body.push_back(s);
    }
  } else {
    ok = parser.parse_file(module->body);
  }
  if (!ok) {
    std::optional<Diagnostic> error = parser.final_error();
    if (!error) error = Diagnostic{ErrorKind::SyntaxError, "invalid syntax", Span{}};
    diagnostics.error(error->span, error->message, error->kind);
    return nullptr;
  }
  return module;
}

}  // namespace

std::unique_ptr<Module> parse_module(const SourceFile& source, Diagnostics& diagnostics) { return run(source, diagnostics, false); }

std::unique_ptr<Module> parse_expression(const SourceFile& source, Diagnostics& diagnostics) { return run(source, diagnostics, true); }

}  // namespace edge::compiler
