// Statements and match-statement patterns (docs.python.org/3.11/reference/
// simple_stmts.html and compound_stmts.html), with CPython 3.11's messages for the
// common mistakes: "expected ':'", "expected an indented block after ... on line N",
// invalid assignment targets, "expected 'except' or 'finally' block".
//
// Invariant: a statement function returns a complete node or nullptr with the error
// recorded; simple statements leave their terminating ';' or NEWLINE for
// simple_statements(), compound statements consume through the end of their block.
#include "compiler/parser_internal.h"
#include "vm/fmt.h"

namespace edge::compiler {

namespace {

bool augmented_operator(TokenKind k, BinOpKind* op) {
  switch (k) {
    case TokenKind::PlusEqual: *op = BinOpKind::Add; return true;
    case TokenKind::MinEqual: *op = BinOpKind::Sub; return true;
    case TokenKind::StarEqual: *op = BinOpKind::Mult; return true;
    case TokenKind::AtEqual: *op = BinOpKind::MatMult; return true;
    case TokenKind::SlashEqual: *op = BinOpKind::Div; return true;
    case TokenKind::PercentEqual: *op = BinOpKind::Mod; return true;
    case TokenKind::AmperEqual: *op = BinOpKind::BitAnd; return true;
    case TokenKind::VBarEqual: *op = BinOpKind::BitOr; return true;
    case TokenKind::CircumflexEqual: *op = BinOpKind::BitXor; return true;
    case TokenKind::LeftShiftEqual: *op = BinOpKind::LShift; return true;
    case TokenKind::RightShiftEqual: *op = BinOpKind::RShift; return true;
    case TokenKind::DoubleStarEqual: *op = BinOpKind::Pow; return true;
    case TokenKind::DoubleSlashEqual: *op = BinOpKind::FloorDiv; return true;
    default: return false;
  }
}

// A compound statement ends where its last nested statement ends (CPython's end
// position), not at the DEDENT that closed the block.
uint32_t end_of(const std::vector<Stmt*>& body, uint32_t fallback) { return body.empty() ? fallback : body.back()->span.end; }

}  // namespace

// ---------------------------------------------------------------------------------------
// Statement dispatch.

bool Parser::statement(std::vector<Stmt*>& out) {
  uint32_t begin = start();
  Stmt* s = nullptr;
  switch (kind()) {
    case TokenKind::If: s = if_statement(); break;
    case TokenKind::While: s = while_statement(); break;
    case TokenKind::For: s = for_statement(begin, false); break;
    case TokenKind::With: s = with_statement(begin, false); break;
    case TokenKind::Try: s = try_statement(); break;
    case TokenKind::Def: s = function_def(begin, {}, false); break;
    case TokenKind::Class: s = class_def(begin, {}); break;
    case TokenKind::At: s = decorated(); break;
    case TokenKind::Async: {
      TokenKind next = kind_at(1);
      if (next != TokenKind::Def && next != TokenKind::For && next != TokenKind::With) return simple_statements(out);
      advance();
      if (next == TokenKind::Def) s = function_def(begin, {}, true);
      if (next == TokenKind::For) s = for_statement(begin, true);
      if (next == TokenKind::With) s = with_statement(begin, true);
      break;
    }
    case TokenKind::Name:
      if (at_soft_keyword("match")) {
        s = try_match_statement();
        if (s) break;
        if (failed()) return false;
      }
      return simple_statements(out);
    default: return simple_statements(out);
  }
  if (!s) return false;
  out.push_back(s);
  return true;
}

bool Parser::simple_statements(std::vector<Stmt*>& out) {
  for (;;) {
    size_t start_pos = pos_;
    bool expression_like = starts_expression(kind()) || at(TokenKind::Star);
    statement_assigns_ = false;
    Stmt* s = simple_statement();
    if (s) {
      out.push_back(s);
      if (accept(TokenKind::Semicolon)) {
        if (accept(TokenKind::Newline)) return true;
        continue;
      }
      if (accept(TokenKind::Newline)) return true;
      fail_syntax();
    }
    // When the line parsed as an assignment up to some point, CPython's assignment
    // rule matched and its error rules never run.
    if (expression_like && !statement_assigns_) assignment_hints(start_pos);
    return false;
  }
}

// A statement that starts like an expression failed with a plain "invalid syntax".
// CPython's second pass first tries it as an assignment, reading the leading
// expressions one by one as named expressions (grammar: invalid_assignment, whose
// `star_named_expressions*` also accepts elements without commas); a message found
// there wins. Otherwise the original error stands.
void Parser::assignment_hints(size_t start_pos) {
  if (!generic_error_) return;
  SavedError original = save_error();
  size_t resume = pos_;
  bool was_emulating = emulating_;
  pos_ = start_pos;
  error_.reset();
  emulating_ = true;
  // The rule is `star_named_expression ',' star_named_expressions* ...`: a comma must
  // follow the first element.
  if (star_named_expression() && accept(TokenKind::Comma)) {
    for (;;) {
      if (!star_named_expression()) break;
      if (accept(TokenKind::Comma)) continue;
      if (!starts_expression(kind()) && !at(TokenKind::Star)) break;
    }
  }
  emulating_ = was_emulating;
  if (error_ && !generic_error_) return;
  restore_error(original);
  pos_ = resume;
}

Stmt* Parser::simple_statement() {
  uint32_t begin = start();
  switch (kind()) {
    case TokenKind::Pass: advance(); return make<Pass>(span_from(begin));
    case TokenKind::Break: advance(); return make<Break>(span_from(begin));
    case TokenKind::Continue: advance(); return make<Continue>(span_from(begin));
    case TokenKind::Return: return return_statement();
    case TokenKind::Raise: return raise_statement();
    case TokenKind::Global: return global_statement(false);
    case TokenKind::Nonlocal: return global_statement(true);
    case TokenKind::Del: return del_statement();
    case TokenKind::Assert: return assert_statement();
    case TokenKind::Import: return import_statement();
    case TokenKind::From: return from_statement();
    default: return expression_statement();
  }
}

// Expression statements, assignments, augmented and annotated assignments. The left
// side is parsed as an expression list first and then checked as a target.
Stmt* Parser::expression_statement() {
  uint32_t begin = start();
  size_t start_pos = pos_;
  bool starts_with_paren = at(TokenKind::LParen);
  Expr* first = at(TokenKind::Yield) ? yield_expression() : star_expressions();
  if (!first) return nullptr;

  // `x.y := 1` (a bare name is simply a syntax error here).
  if (at(TokenKind::ColonEqual) && !(first->kind == ExprKind::Name && !parens_.count(first)) && first->kind != ExprKind::Yield &&
      !(first->kind == ExprKind::Tuple && !parens_.count(first))) {
    return fail(first->span, fmt::format("cannot use assignment expressions with {}", expr_description(first)));
  }

  BinOpKind op;
  statement_assigns_ = at(TokenKind::Colon) || at(TokenKind::Equal) || augmented_operator(kind(), &op);

  if (at(TokenKind::Colon)) {
    advance();
    Expr* annotation = expression();
    if (!annotation) return nullptr;
    bool simple = false;
    switch (first->kind) {
      case ExprKind::Name: simple = !starts_with_paren; break;
      case ExprKind::Attribute:
      case ExprKind::Subscript: break;
      case ExprKind::Tuple:
        return fail(first->span, "only single target (not tuple) can be annotated");
      case ExprKind::List:
        return fail(first->span, "only single target (not list) can be annotated");
      default: return fail(first->span, "illegal target for annotation");
    }
    set_target_context(first, ExprContext::Store);
    Expr* value = nullptr;
    if (accept(TokenKind::Equal)) {
      value = at(TokenKind::Yield) ? yield_expression() : star_expressions();
      if (!value) return nullptr;
    }
    AnnAssign* s = make<AnnAssign>(span_from(begin));
    s->target = first;
    s->annotation = annotation;
    s->value = value;
    s->simple = simple;
    return s;
  }

  if (augmented_operator(kind(), &op)) {
    advance();
    Expr* value = at(TokenKind::Yield) ? yield_expression() : star_expressions();
    if (!value) return nullptr;
    bool single = first->kind == ExprKind::Name || first->kind == ExprKind::Attribute || first->kind == ExprKind::Subscript;
    if (!single) {
      return fail(first->span, fmt::format("'{}' is an illegal expression for augmented assignment", expr_description(first)));
    }
    set_target_context(first, ExprContext::Store);
    AugAssign* s = make<AugAssign>(span_from(begin));
    s->target = first;
    s->op = op;
    s->value = value;
    return s;
  }

  if (at(TokenKind::Equal)) {
    std::vector<Expr*> chain{first};
    while (accept(TokenKind::Equal)) {
      Expr* next = at(TokenKind::Yield) ? yield_expression() : star_expressions();
      if (!next) {
        // `f() = <junk>`: CPython still names the bad target if there is one.
        if (!generic_error_) return nullptr;
        for (Expr* target : chain) {
          if (invalid_target(target, TargetMode::Assign) || target->kind == ExprKind::Yield || target->kind == ExprKind::YieldFrom) {
            SavedError original = save_error();
            error_.reset();
            pos_ = start_pos;
            assignment_error(chain);
            if (error_ && !generic_error_) return nullptr;
            restore_error(original);
            return nullptr;
          }
        }
        return nullptr;
      }
      chain.push_back(next);
    }
    Expr* value = chain.back();
    chain.pop_back();
    for (Expr* target : chain) {
      if (set_target_context(target, ExprContext::Store)) {
        pos_ = start_pos;
        return assignment_error(chain);
      }
    }
    Assign* s = make<Assign>(span_from(begin));
    s->targets = std::move(chain);
    s->value = value;
    return s;
  }

  ExprStmt* s = make<ExprStmt>(span_from(begin));
  s->value = first;
  return s;
}

// An assignment with a target that cannot be assigned to. CPython's second pass
// first re-reads the elements of the first target as named expressions (grammar:
// invalid_assignment), which is where "Maybe you meant '=='" comes from, then names
// the first bad target. Called with pos_ at the start of the statement.
Stmt* Parser::assignment_error(const std::vector<Expr*>& targets) {
  const Expr* first = targets.front();
  if (first->kind != ExprKind::Yield && first->kind != ExprKind::YieldFrom) {
    bool was_emulating = emulating_;
    emulating_ = true;
    for (;;) {
      Expr* e = star_named_expression();
      if (!e || !accept(TokenKind::Comma) || !(starts_expression(kind()) || at(TokenKind::Star))) break;
    }
    emulating_ = was_emulating;
    if (failed()) return nullptr;
  }
  for (const Expr* t : targets) {
    if ((t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom) && !parens_.count(t)) {
      return fail(t->span, "assignment to yield expression not possible");
    }
    if (const Expr* bad = invalid_target(t, TargetMode::Assign)) {
      return fail(bad->span, fmt::format("cannot assign to {}", expr_description(bad)));
    }
  }
  return fail_syntax();
}

Stmt* Parser::return_statement() {
  uint32_t begin = start();
  advance();
  Expr* value = nullptr;
  if (starts_expression(kind()) || at(TokenKind::Star)) {
    value = star_expressions();
    if (!value) return nullptr;
  }
  Return* s = make<Return>(span_from(begin));
  s->value = value;
  return s;
}

Stmt* Parser::raise_statement() {
  uint32_t begin = start();
  advance();
  Raise* s = make<Raise>(Span{});
  if (starts_expression(kind())) {
    s->exc = expression();
    if (!s->exc) return nullptr;
    if (accept(TokenKind::From)) {
      s->cause = expression();
      if (!s->cause) return nullptr;
    }
  }
  s->span = span_from(begin);
  return s;
}

Stmt* Parser::global_statement(bool nonlocal) {
  uint32_t begin = start();
  advance();
  std::vector<std::string> names;
  do {
    if (!at(TokenKind::Name)) return fail_syntax();
    names.emplace_back(text(token()));
    advance();
  } while (accept(TokenKind::Comma));
  if (nonlocal) {
    Nonlocal* s = make<Nonlocal>(span_from(begin));
    s->names = std::move(names);
    return s;
  }
  Global* s = make<Global>(span_from(begin));
  s->names = std::move(names);
  return s;
}

Stmt* Parser::del_statement() {
  uint32_t begin = start();
  advance();
  size_t target_pos = pos_;
  Expr* target = star_targets();
  if (!target || !(at(TokenKind::Semicolon) || at(TokenKind::Newline))) {
    target_or_report(target_pos, TargetMode::Del);
    return nullptr;
  }
  Delete* s = make<Delete>(Span{});
  if (target->kind == ExprKind::Tuple && !parens_.count(target)) {
    s->targets = target->as<Tuple>()->elts;
  } else {
    s->targets.push_back(target);
  }
  for (Expr* t : s->targets) {
    if (set_target_context(t, ExprContext::Del)) return report_invalid_target(t, TargetMode::Del);
  }
  s->span = span_from(begin);
  return s;
}

Stmt* Parser::assert_statement() {
  uint32_t begin = start();
  advance();
  Assert* s = make<Assert>(Span{});
  s->test = expression();
  if (!s->test) return nullptr;
  if (accept(TokenKind::Comma)) {
    s->msg = expression();
    if (!s->msg) return nullptr;
  }
  s->span = span_from(begin);
  return s;
}

Stmt* Parser::import_statement() {
  uint32_t begin = start();
  advance();
  Import* s = make<Import>(Span{});
  do {
    uint32_t alias_begin = start();
    if (!at(TokenKind::Name)) return fail_syntax();
    std::string name(text(token()));
    advance();
    while (accept(TokenKind::Dot)) {
      if (!at(TokenKind::Name)) return fail_syntax();
      name += '.';
      name += text(token());
      advance();
    }
    Alias* a = make<Alias>(Span{});
    a->name = std::move(name);
    if (accept(TokenKind::As)) {
      if (!at(TokenKind::Name)) return fail_syntax();
      a->asname = std::string(text(token()));
      advance();
    }
    a->span = span_from(alias_begin);
    s->names.push_back(a);
  } while (accept(TokenKind::Comma));
  s->span = span_from(begin);
  return s;
}

Stmt* Parser::from_statement() {
  uint32_t begin = start();
  advance();
  ImportFrom* s = make<ImportFrom>(Span{});
  for (;;) {
    if (accept(TokenKind::Dot)) {
      s->level += 1;
    } else if (accept(TokenKind::Ellipsis)) {
      s->level += 3;
    } else {
      break;
    }
  }
  if (at(TokenKind::Name)) {
    s->module = std::string(text(token()));
    advance();
    while (accept(TokenKind::Dot)) {
      if (!at(TokenKind::Name)) return fail_syntax();
      s->module += '.';
      s->module += text(token());
      advance();
    }
  } else if (s->level == 0) {
    return fail_syntax();
  }
  if (!accept(TokenKind::Import)) return fail_syntax();
  if (at(TokenKind::Star)) {
    Alias* a = make<Alias>(token().span);
    a->name.push_back('*');  // not `= "*"`: GCC 12 -O3 warns falsely (-Wrestrict)
    advance();
    s->names.push_back(a);
    s->span = span_from(begin);
    return s;
  }
  bool parenthesized = accept(TokenKind::LParen);
  for (;;) {
    uint32_t alias_begin = start();
    if (!at(TokenKind::Name)) return fail_syntax();
    Alias* a = make<Alias>(Span{});
    a->name = std::string(text(token()));
    advance();
    if (accept(TokenKind::As)) {
      if (!at(TokenKind::Name)) return fail_syntax();
      a->asname = std::string(text(token()));
      advance();
    }
    a->span = span_from(alias_begin);
    s->names.push_back(a);
    if (!accept(TokenKind::Comma)) break;
    if (parenthesized && at(TokenKind::RParen)) break;
    if (!parenthesized && at(TokenKind::Newline)) return fail_here("trailing comma not allowed without surrounding parentheses");
  }
  if (parenthesized && !accept(TokenKind::RParen)) return fail_syntax();
  s->span = span_from(begin);
  return s;
}

// ---------------------------------------------------------------------------------------
// Blocks and compound statements.

// The ':' that ends a compound statement header. CPython says "expected ':'" when the
// header is followed by the end of the line, and always after `def ...)`, `try`,
// `else` and `finally` (forced tokens in its grammar); otherwise "invalid syntax".
bool Parser::colon(bool forced) {
  if (accept(TokenKind::Colon)) return true;
  if (forced || at(TokenKind::Newline)) {
    fail(token().span, "expected ':'");
  } else {
    fail_syntax();
  }
  return false;
}

bool Parser::block(std::vector<Stmt*>& out, const char* what, uint32_t header_line) {
  if (!at(TokenKind::Newline)) return simple_statements(out);
  advance();
  if (!at(TokenKind::Indent)) {
    fail_here(fmt::format("expected an indented block after {} on line {}", what, header_line), ErrorKind::IndentationError);
    return false;
  }
  advance();
  while (!at(TokenKind::Dedent)) {
    if (!statement(out)) return false;
  }
  advance();
  return true;
}

bool Parser::else_block(std::vector<Stmt*>& out, const char* what) {
  uint32_t line = line_of(start());
  advance();
  return colon(true) && block(out, what, line);
}

// `if` with its `elif` chain, built iteratively: each `elif` is an If nested in the
// previous one's orelse, as in CPython's tree.
Stmt* Parser::if_statement() {
  std::vector<If*> chain;
  const char* what = "'if' statement";
  do {
    uint32_t begin = start();
    uint32_t line = line_of(begin);
    advance();
    If* node = make<If>(Span{begin, begin});
    node->test = named_expression();
    if (!node->test || !colon(false) || !block(node->body, what, line)) return nullptr;
    if (!chain.empty()) chain.back()->orelse.push_back(node);
    chain.push_back(node);
    what = "'elif' statement";
  } while (at(TokenKind::Elif));
  if (at(TokenKind::Else) && !else_block(chain.back()->orelse, "'else' statement")) return nullptr;
  uint32_t end = end_of(chain.back()->orelse, end_of(chain.back()->body, prev_end()));
  for (If* node : chain) node->span.end = end;
  return chain.front();
}

Stmt* Parser::while_statement() {
  uint32_t begin = start();
  uint32_t line = line_of(begin);
  advance();
  While* s = make<While>(Span{});
  s->test = named_expression();
  if (!s->test || !colon(false) || !block(s->body, "'while' statement", line)) return nullptr;
  if (at(TokenKind::Else) && !else_block(s->orelse, "'else' statement")) return nullptr;
  s->span = Span{begin, end_of(s->orelse, end_of(s->body, prev_end()))};
  return s;
}

Stmt* Parser::for_statement(uint32_t begin, bool is_async) {
  uint32_t line = line_of(start());
  advance();
  size_t target_pos = pos_;
  Expr* target = star_targets();
  if (!target || !at(TokenKind::In)) {
    target_or_report(target_pos, TargetMode::For);
    return nullptr;
  }
  if (set_target_context(target, ExprContext::Store)) {
    report_invalid_target(target, TargetMode::For);
    return nullptr;
  }
  advance();
  For* s = make<For>(Span{});
  s->is_async = is_async;
  s->target = target;
  s->iter = star_expressions();
  if (!s->iter || !colon(false) || !block(s->body, "'for' statement", line)) return nullptr;
  if (at(TokenKind::Else) && !else_block(s->orelse, "'else' statement")) return nullptr;
  s->span = Span{begin, end_of(s->orelse, end_of(s->body, prev_end()))};
  return s;
}

bool Parser::with_item(WithItem& item) {
  item.context_expr = expression();
  if (!item.context_expr) return false;
  if (!accept(TokenKind::As)) return true;
  size_t target_pos = pos_;
  Expr* target = star_target();
  if (!target || !(at(TokenKind::Comma) || at(TokenKind::RParen) || at(TokenKind::Colon) || at(TokenKind::Newline))) {
    target_or_report(target_pos, TargetMode::Assign);
    return false;
  }
  if (set_target_context(target, ExprContext::Store)) {
    report_invalid_target(target, TargetMode::Assign);
    return false;
  }
  item.optional_vars = target;
  return true;
}

bool Parser::with_items_parenthesized(std::vector<WithItem>& items) {
  advance();  // '('
  while (!at(TokenKind::RParen)) {
    WithItem item;
    if (!with_item(item)) return false;
    items.push_back(item);
    if (!accept(TokenKind::Comma)) break;
  }
  return !items.empty() && accept(TokenKind::RParen);
}

// `with (a as b, c):` is the parenthesized form only if the parentheses close right
// before the ':'; otherwise `(…)` is an ordinary expression (`with (a, b) as c:`).
Stmt* Parser::with_statement(uint32_t begin, bool is_async) {
  uint32_t line = line_of(start());
  advance();
  With* s = make<With>(Span{});
  s->is_async = is_async;
  bool done = false;
  if (at(TokenKind::LParen)) {
    Mark m = mark();
    if (with_items_parenthesized(s->items) && at(TokenKind::Colon)) {
      done = true;
    } else {
      reset(m);
      s->items.clear();
    }
  }
  if (!done) {
    do {
      WithItem item;
      if (!with_item(item)) return nullptr;
      s->items.push_back(item);
    } while (accept(TokenKind::Comma));
  }
  if (!colon(false) || !block(s->body, "'with' statement", line)) return nullptr;
  s->span = Span{begin, end_of(s->body, prev_end())};
  return s;
}

Stmt* Parser::try_statement() {
  uint32_t begin = start();
  uint32_t line = line_of(begin);
  advance();
  Try* s = make<Try>(Span{});
  if (!colon(true) || !block(s->body, "'try' statement", line)) return nullptr;
  while (at(TokenKind::Except)) {
    uint32_t handler_begin = start();
    uint32_t handler_line = line_of(handler_begin);
    advance();
    if (at(TokenKind::Star)) return fail(token().span, "except* is not supported");
    ExceptHandler* h = make<ExceptHandler>(Span{});
    if (!at(TokenKind::Colon)) {
      if (at(TokenKind::Newline)) return fail(token().span, "expected ':'");
      h->type = expression();
      if (!h->type) return nullptr;
      if (at(TokenKind::Comma)) return fail(h->type->span, "multiple exception types must be parenthesized");
      if (accept(TokenKind::As)) {
        if (!at(TokenKind::Name)) return fail_syntax();
        h->name = std::string(text(token()));
        advance();
      }
    }
    if (!colon(false) || !block(h->body, "'except' statement", handler_line)) return nullptr;
    h->span = Span{handler_begin, end_of(h->body, prev_end())};
    s->handlers.push_back(h);
  }
  if (!s->handlers.empty() && at(TokenKind::Else) && !else_block(s->orelse, "'else' statement")) return nullptr;
  if (at(TokenKind::Finally)) {
    if (!else_block(s->finalbody, "'finally' statement")) return nullptr;
  }
  if (s->handlers.empty() && s->finalbody.empty()) return fail_here("expected 'except' or 'finally' block");
  const std::vector<Stmt*>& last = !s->finalbody.empty() ? s->finalbody : !s->orelse.empty() ? s->orelse : s->body;
  uint32_t end = end_of(last, prev_end());
  if (s->finalbody.empty() && s->orelse.empty() && !s->handlers.empty()) end = s->handlers.back()->span.end;
  s->span = Span{begin, end};
  return s;
}

Stmt* Parser::function_def(uint32_t begin, std::vector<Expr*> decorators, bool is_async) {
  uint32_t line = line_of(start());
  advance();
  if (!at(TokenKind::Name)) return fail_syntax();
  FunctionDef* s = make<FunctionDef>(Span{});
  s->name = std::string(text(token()));
  s->name_span = token().span;
  s->is_async = is_async;
  s->decorator_list = std::move(decorators);
  advance();
  if (!at(TokenKind::LParen)) return fail(token().span, "expected '('");
  advance();
  s->args = parameters(false, TokenKind::RParen);
  if (!s->args) return nullptr;
  if (!accept(TokenKind::RParen)) return fail_syntax();
  if (at(TokenKind::RArrow)) {
    // `-> annotation` is optional and ':' is forced in CPython's grammar, so a bad
    // annotation reads as a missing ':'.
    Mark m = mark();
    advance();
    s->returns = expression();
    if (!s->returns) {
      reset(m);
      return fail(token().span, "expected ':'");
    }
  }
  if (!colon(true) || !block(s->body, "function definition", line)) return nullptr;
  s->span = Span{begin, end_of(s->body, prev_end())};
  return s;
}

Stmt* Parser::class_def(uint32_t begin, std::vector<Expr*> decorators) {
  uint32_t line = line_of(start());
  advance();
  if (!at(TokenKind::Name)) return fail_syntax();
  ClassDef* s = make<ClassDef>(Span{});
  s->name = std::string(text(token()));
  s->name_span = token().span;
  s->decorator_list = std::move(decorators);
  advance();
  if (at(TokenKind::LParen) && !class_arguments(s->bases, s->keywords)) return nullptr;
  if (!colon(false) || !block(s->body, "class definition", line)) return nullptr;
  s->span = Span{begin, end_of(s->body, prev_end())};
  return s;
}

Stmt* Parser::decorated() {
  std::vector<Expr*> decorators;
  while (accept(TokenKind::At)) {
    Expr* d = named_expression();
    if (!d) return nullptr;
    if (!accept(TokenKind::Newline)) return fail_syntax();
    decorators.push_back(d);
  }
  uint32_t begin = start();
  if (at(TokenKind::Def)) return function_def(begin, std::move(decorators), false);
  if (at(TokenKind::Async) && kind_at(1) == TokenKind::Def) {
    advance();
    return function_def(begin, std::move(decorators), true);
  }
  if (at(TokenKind::Class)) return class_def(begin, std::move(decorators));
  return fail_syntax();
}

// ---------------------------------------------------------------------------------------
// match. `match` is a soft keyword: the line is a match statement only if `match`
// is followed by a subject expression and ':'; otherwise it is parsed again as an
// ordinary statement (`match = 1`, `match(x)`).

Stmt* Parser::try_match_statement() {
  Mark m = mark();
  uint32_t begin = start();
  uint32_t line = line_of(begin);
  advance();
  Expr* subject = match_subject();
  if (!subject || !at(TokenKind::Colon)) {
    bool wanted_colon = subject && at(TokenKind::Newline);
    reset(m);
    if (!wanted_colon) return nullptr;
    // `match x` alone: CPython prefers "expected ':'" when the line is no valid
    // statement either.
    std::vector<Stmt*> scratch;
    Mark before = mark();
    if (simple_statements(scratch)) {
      reset(before);
      return nullptr;
    }
    reset(before);
    advance();
    match_subject();
    return fail(token().span, "expected ':'");
  }
  advance();
  if (!accept(TokenKind::Newline)) return fail_syntax();
  if (!at(TokenKind::Indent)) {
    return fail_here(fmt::format("expected an indented block after 'match' statement on line {}", line), ErrorKind::IndentationError);
  }
  advance();
  Match* s = make<Match>(Span{});
  s->subject = subject;
  while (!at(TokenKind::Dedent)) {
    if (!at_soft_keyword("case")) return fail_syntax();
    MatchCase* c = case_block();
    if (!c) return nullptr;
    s->cases.push_back(c);
  }
  advance();
  s->span = Span{begin, end_of(s->cases.back()->body, prev_end())};
  return s;
}

Expr* Parser::match_subject() {
  uint32_t begin = start();
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (!at(TokenKind::Comma)) {
    if (first->kind == ExprKind::Starred) return fail_syntax();
    return first;
  }
  Tuple* t = make<Tuple>(Span{});
  t->elts.push_back(first);
  while (accept(TokenKind::Comma)) {
    if (!starts_expression(kind()) && !at(TokenKind::Star)) break;
    Expr* e = star_named_expression();
    if (!e) return nullptr;
    t->elts.push_back(e);
  }
  t->span = span_from(begin);
  return t;
}

MatchCase* Parser::case_block() {
  uint32_t line = line_of(start());
  advance();
  MatchCase* c = make<MatchCase>(Span{});
  c->pattern = patterns();
  if (!c->pattern) return nullptr;
  if (accept(TokenKind::If)) {
    c->guard = named_expression();
    if (!c->guard) return nullptr;
  }
  if (!colon(false) || !block(c->body, "'case' statement", line)) return nullptr;
  return c;
}

// ---------------------------------------------------------------------------------------
// Patterns (docs.python.org/3.11/reference/compound_stmts.html#patterns).

Pattern* Parser::patterns() {
  uint32_t begin = start();
  Pattern* first = maybe_star_pattern();
  if (!first) return nullptr;
  if (!at(TokenKind::Comma)) {
    if (first->kind == PatternKind::MatchStar) return fail_syntax();
    return first;
  }
  MatchSequence* seq = make<MatchSequence>(Span{});
  seq->patterns.push_back(first);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::Colon) || at(TokenKind::If)) break;
    Pattern* p = maybe_star_pattern();
    if (!p) return nullptr;
    seq->patterns.push_back(p);
  }
  seq->span = span_from(begin);
  return seq;
}

Pattern* Parser::maybe_star_pattern() {
  if (!at(TokenKind::Star)) return pattern();
  uint32_t begin = start();
  advance();
  MatchStar* star = make<MatchStar>(Span{});
  if (!at_soft_keyword("_") && !capture_name(&star->name)) return fail_syntax();
  if (star->name.empty()) advance();
  star->span = span_from(begin);
  return star;
}

bool Parser::capture_name(std::string* name) {
  if (!at(TokenKind::Name) || at_soft_keyword("_")) return false;
  *name = std::string(text(token()));
  advance();
  return true;
}

Pattern* Parser::pattern() {
  Nest nest(*this);
  if (!nest.ok) return nullptr;
  uint32_t begin = start();
  Pattern* p = or_pattern();
  if (!p || !at(TokenKind::As)) return p;
  advance();
  if (at_soft_keyword("_")) return fail(token().span, "cannot use '_' as a target");
  MatchAs* as = make<MatchAs>(Span{});
  as->pattern = p;
  if (!capture_name(&as->name)) {
    if (starts_expression(kind())) return fail(token().span, "invalid pattern target");
    return fail_syntax();
  }
  as->span = span_from(begin);
  return as;
}

Pattern* Parser::or_pattern() {
  uint32_t begin = start();
  Pattern* first = closed_pattern();
  if (!first || !at(TokenKind::VBar)) return first;
  MatchOr* alt = make<MatchOr>(Span{});
  alt->patterns.push_back(first);
  while (accept(TokenKind::VBar)) {
    Pattern* p = closed_pattern();
    if (!p) return nullptr;
    alt->patterns.push_back(p);
  }
  alt->span = span_from(begin);
  return alt;
}

Expr* Parser::signed_number() {
  uint32_t begin = start();
  bool negative = accept(TokenKind::Minus);
  if (!at(TokenKind::Number)) return fail_syntax();
  Expr* number = number_constant(token());
  advance();
  if (!negative) return number;
  UnaryOp* u = make<UnaryOp>(span_from(begin));
  u->op = UnaryOpKind::USub;
  u->operand = number;
  return u;
}

// A literal usable as a pattern or mapping key: numbers (with sign, or `real ± imag`),
// strings, None, True, False.
Expr* Parser::literal_expr(bool* is_singleton, ConstantKind* singleton) {
  *is_singleton = false;
  uint32_t begin = start();
  switch (kind()) {
    case TokenKind::None:
    case TokenKind::True:
    case TokenKind::False: {
      *is_singleton = true;
      *singleton = at(TokenKind::None) ? ConstantKind::None : at(TokenKind::True) ? ConstantKind::True : ConstantKind::False;
      Constant* c = make<Constant>(token().span);
      c->value_kind = *singleton;
      advance();
      return c;
    }
    case TokenKind::String: return strings();
    case TokenKind::Number:
    case TokenKind::Minus: {
      Expr* left = signed_number();
      if (!left) return nullptr;
      if (!at(TokenKind::Plus) && !at(TokenKind::Minus)) return left;
      const Expr* real = left->kind == ExprKind::UnaryOp ? left->as<UnaryOp>()->operand : left;
      if (real->as<Constant>()->value_kind == ConstantKind::Complex) return fail(left->span, "real number required in complex literal");
      BinOpKind op = at(TokenKind::Plus) ? BinOpKind::Add : BinOpKind::Sub;
      advance();
      if (!at(TokenKind::Number)) return fail_syntax();
      Expr* imag = number_constant(token());
      advance();
      if (imag->as<Constant>()->value_kind != ConstantKind::Complex) return fail(imag->span, "imaginary number required in complex literal");
      BinOp* b = make<BinOp>(span_from(begin));
      b->left = left;
      b->op = op;
      b->right = imag;
      return b;
    }
    default: return fail_syntax();
  }
}

Expr* Parser::name_or_attr() {
  uint32_t begin = start();
  Expr* e = make_name(token(), ExprContext::Load);
  advance();
  while (at(TokenKind::Dot)) {
    advance();
    if (!at(TokenKind::Name)) return fail_syntax();
    Attribute* a = make<Attribute>(Span{});
    a->value = e;
    a->attr = std::string(text(token()));
    advance();
    a->span = span_from(begin);
    e = a;
  }
  return e;
}

Pattern* Parser::closed_pattern() {
  uint32_t begin = start();
  switch (kind()) {
    case TokenKind::None:
    case TokenKind::True:
    case TokenKind::False: {
      MatchSingleton* s = make<MatchSingleton>(token().span);
      s->value = at(TokenKind::None) ? ConstantKind::None : at(TokenKind::True) ? ConstantKind::True : ConstantKind::False;
      advance();
      return s;
    }
    case TokenKind::Number:
    case TokenKind::Minus:
    case TokenKind::String: {
      bool singleton;
      ConstantKind which;
      Expr* value = literal_expr(&singleton, &which);
      if (!value) return nullptr;
      MatchValue* v = make<MatchValue>(span_from(begin));
      v->value = value;
      return v;
    }
    case TokenKind::Name: {
      if (at_soft_keyword("_")) {
        advance();
        return make<MatchAs>(span_from(begin));
      }
      Expr* target = name_or_attr();
      if (!target) return nullptr;
      if (at(TokenKind::LParen)) return class_pattern(begin, target);
      if (target->kind == ExprKind::Attribute) {
        MatchValue* v = make<MatchValue>(span_from(begin));
        v->value = target;
        return v;
      }
      MatchAs* capture = make<MatchAs>(span_from(begin));
      capture->name = target->as<Name>()->id;
      return capture;
    }
    case TokenKind::LParen: {
      advance();
      if (accept(TokenKind::RParen)) return make<MatchSequence>(span_from(begin));
      Pattern* first = maybe_star_pattern();
      if (!first) return nullptr;
      if (at(TokenKind::Comma)) {
        MatchSequence* seq = make<MatchSequence>(Span{});
        seq->patterns.push_back(first);
        while (accept(TokenKind::Comma)) {
          if (at(TokenKind::RParen)) break;
          Pattern* p = maybe_star_pattern();
          if (!p) return nullptr;
          seq->patterns.push_back(p);
        }
        if (!accept(TokenKind::RParen)) return fail_syntax();
        seq->span = span_from(begin);
        return seq;
      }
      if (first->kind == PatternKind::MatchStar || !accept(TokenKind::RParen)) return fail_syntax();
      return first;
    }
    case TokenKind::LBracket: {
      advance();
      MatchSequence* seq = make<MatchSequence>(Span{});
      while (!at(TokenKind::RBracket)) {
        Pattern* p = maybe_star_pattern();
        if (!p) return nullptr;
        seq->patterns.push_back(p);
        if (!accept(TokenKind::Comma)) break;
      }
      if (!accept(TokenKind::RBracket)) return fail_syntax();
      seq->span = span_from(begin);
      return seq;
    }
    case TokenKind::LBrace: return mapping_pattern();
    default: return fail_syntax();
  }
}

Pattern* Parser::mapping_pattern() {
  uint32_t begin = start();
  advance();
  MatchMapping* m = make<MatchMapping>(Span{});
  while (!at(TokenKind::RBrace)) {
    if (accept(TokenKind::DoubleStar)) {
      if (!capture_name(&m->rest)) return fail_syntax();
      accept(TokenKind::Comma);
      break;
    }
    Expr* key;
    if (at(TokenKind::Name)) {
      key = name_or_attr();
      if (!key) return nullptr;
      if (key->kind != ExprKind::Attribute) return fail_syntax();
    } else {
      bool singleton;
      ConstantKind which;
      key = literal_expr(&singleton, &which);
      if (!key) return nullptr;
    }
    if (!accept(TokenKind::Colon)) return fail_syntax();
    Pattern* value = pattern();
    if (!value) return nullptr;
    m->keys.push_back(key);
    m->patterns.push_back(value);
    if (!accept(TokenKind::Comma)) break;
  }
  if (!accept(TokenKind::RBrace)) return fail_syntax();
  m->span = span_from(begin);
  return m;
}

Pattern* Parser::class_pattern(uint32_t begin, Expr* cls) {
  advance();  // '('
  MatchClass* c = make<MatchClass>(Span{});
  c->cls = cls;
  while (!at(TokenKind::RParen)) {
    if (at(TokenKind::Name) && kind_at(1) == TokenKind::Equal) {
      c->kwd_attrs.emplace_back(text(token()));
      advance();
      advance();
      Pattern* p = pattern();
      if (!p) return nullptr;
      c->kwd_patterns.push_back(p);
    } else {
      Pattern* p = pattern();
      if (!p) return nullptr;
      if (!c->kwd_attrs.empty()) return fail(p->span, "positional patterns follow keyword patterns");
      c->patterns.push_back(p);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (!accept(TokenKind::RParen)) return fail_syntax();
  c->span = span_from(begin);
  return c;
}

}  // namespace edge::compiler
