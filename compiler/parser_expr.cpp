// Expressions: recursive descent over the Python 3.11 expression grammar
// (docs.python.org/3.11/reference/expressions.html), with precedence climbing for the
// binary operators from `|` down to `*`, and assignment targets (star_targets).
//
// Invariant: every function consumes exactly the tokens of the construct it returns
// (or reports an error); none consumes a trailing token it cannot use. Lookahead done
// only to word an error message (CPython's "invalid_*" rules) runs with `emulating_`
// set and always backtracks.
#include <cstdlib>

#include "compiler/parser_internal.h"
#include "vm/fmt.h"

namespace edge::compiler {

namespace {

bool is_comprehension_start(Parser& p) { return p.at(TokenKind::For) || (p.at(TokenKind::Async) && p.kind_at(1) == TokenKind::For); }

// Binding power of the binary operators handled by Parser::binary(); 0 for others.
int binary_precedence(TokenKind k, BinOpKind* op) {
  switch (k) {
    case TokenKind::VBar: *op = BinOpKind::BitOr; return 1;
    case TokenKind::Circumflex: *op = BinOpKind::BitXor; return 2;
    case TokenKind::Amper: *op = BinOpKind::BitAnd; return 3;
    case TokenKind::LeftShift: *op = BinOpKind::LShift; return 4;
    case TokenKind::RightShift: *op = BinOpKind::RShift; return 4;
    case TokenKind::Plus: *op = BinOpKind::Add; return 5;
    case TokenKind::Minus: *op = BinOpKind::Sub; return 5;
    case TokenKind::Star: *op = BinOpKind::Mult; return 6;
    case TokenKind::Slash: *op = BinOpKind::Div; return 6;
    case TokenKind::DoubleSlash: *op = BinOpKind::FloorDiv; return 6;
    case TokenKind::Percent: *op = BinOpKind::Mod; return 6;
    case TokenKind::At: *op = BinOpKind::MatMult; return 6;
    default: return 0;
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Expression lists and named expressions.

Expr* Parser::star_expressions() {
  uint32_t begin = start();
  Expr* first = star_expression();
  if (!first || !at(TokenKind::Comma)) return first;
  Tuple* t = make<Tuple>(Span{});
  t->elts.push_back(first);
  while (accept(TokenKind::Comma)) {
    if (!starts_expression(kind()) && !at(TokenKind::Star)) break;
    Expr* e = star_expression();
    if (!e) return nullptr;
    t->elts.push_back(e);
  }
  t->span = span_from(begin);
  return t;
}

Expr* Parser::star_expression() {
  if (!at(TokenKind::Star)) return expression();
  uint32_t begin = start();
  advance();
  Expr* value = bitwise_or();
  if (!value) return nullptr;
  Starred* s = make<Starred>(span_from(begin));
  s->value = value;
  return s;
}

Expr* Parser::star_named_expression() {
  if (!at(TokenKind::Star)) return named_expression();
  uint32_t begin = start();
  advance();
  Expr* value = bitwise_or();
  if (!value) return nullptr;
  Starred* s = make<Starred>(span_from(begin));
  s->value = value;
  return s;
}

Expr* Parser::named_expression() {
  if (at(TokenKind::Name) && kind_at(1) == TokenKind::ColonEqual) {
    uint32_t begin = start();
    Name* target = make_name(token(), ExprContext::Store);
    advance();
    advance();
    Expr* value = expression();
    if (!value) return nullptr;
    NamedExpr* n = make<NamedExpr>(span_from(begin));
    n->target = target;
    n->value = value;
    return n;
  }
  Expr* e = expression();
  if (!e) return nullptr;
  if (at(TokenKind::ColonEqual)) return fail(e->span, fmt::format("cannot use assignment expressions with {}", expr_description(e)));
  if (at(TokenKind::Equal)) return stray_equal(e);
  return e;
}

namespace {

// Whether `e` is what CPython's bitwise_or rule would have produced at its position.
bool is_bitwise_or_level(const Parser& p, const Expr* e) {
  if (p.parens_.count(e)) return true;
  switch (e->kind) {
    case ExprKind::BoolOp:
    case ExprKind::Compare:
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::NamedExpr:
    case ExprKind::Starred:
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return false;
    case ExprKind::UnaryOp: return e->as<UnaryOp>()->op != UnaryOpKind::Not;
    case ExprKind::Tuple: return false;
    default: return true;
  }
}

// CPython words `[1, 2] = x` style mistakes differently when the expression starts
// with a display or a keyword constant (grammar: invalid_named_expression).
bool starts_with_display(const Expr* e) {
  uint32_t begin = e->span.begin;
  for (;;) {
    switch (e->kind) {
      case ExprKind::List:
      case ExprKind::Tuple:
      case ExprKind::GeneratorExp: return true;
      case ExprKind::Constant: {
        ConstantKind k = e->as<Constant>()->value_kind;
        return k == ConstantKind::True || k == ConstantKind::False || k == ConstantKind::None;
      }
      case ExprKind::BinOp: e = e->as<BinOp>()->left; break;
      case ExprKind::Attribute: e = e->as<Attribute>()->value; break;
      case ExprKind::Subscript: e = e->as<Subscript>()->value; break;
      case ExprKind::Call: e = e->as<Call>()->func; break;
      default: return false;
    }
    if (e->span.begin != begin) return false;
  }
}

}  // namespace

// Called with '=' as the current token after a named expression, where '=' can never
// follow. Chooses CPython's message (grammar rule invalid_named_expression).
Expr* Parser::stray_equal(Expr* e) {
  if (!hints_ || !is_bitwise_or_level(*this, e)) return e;
  Mark m = mark();
  emulating_ = true;
  advance();
  Expr* rhs = bitwise_or();
  bool fits = rhs && !at(TokenKind::Equal) && !at(TokenKind::ColonEqual);
  uint32_t rhs_end = prev_end();
  reset(m);
  if (!fits) return e;
  if (e->kind == ExprKind::Name && !parens_.count(e)) {
    return fail(Span{e->span.begin, rhs_end}, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  if (starts_with_display(e)) return e;
  return fail(e->span, fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_description(e)));
}

// ---------------------------------------------------------------------------------------
// expression: conditional expressions, lambda, and the two "invalid_expression" hints.

Expr* Parser::expression() {
  Nest nest(*this);
  if (!nest.ok) return nullptr;
  if (at(TokenKind::Lambda)) return lambda_expression();
  size_t start_pos = pos_;
  uint32_t begin = start();
  Expr* body = disjunction();
  if (!body) return nullptr;
  return expression_tail(start_pos, begin, body);
}

Expr* Parser::expression_tail(size_t start_pos, uint32_t begin, Expr* body) {
  if (at(TokenKind::If)) {
    Mark before_if = mark();
    advance();
    Expr* test = disjunction();
    if (!test || !at(TokenKind::Else)) {
      if (!hints_) {
        // Without hints this is CPython's expression_without_invalid, a PEG rule
        // that falls back to the bare disjunction.
        reset(before_if);
        return body;
      }
      if (!test) return nullptr;
      if (at(TokenKind::Colon)) return fail_syntax();
      return fail(span_from(begin), "expected 'else' after 'if' expression");
    }
    advance();
    Expr* orelse = expression();
    if (!orelse) return nullptr;
    IfExp* e = make<IfExp>(span_from(begin));
    e->test = test;
    e->body = body;
    e->orelse = orelse;
    return e;
  }
  if (!starts_expression(kind()) || !hints_) return body;

  // An expression directly followed by another: never valid, so only the message is
  // at stake. Inside brackets CPython suggests a missing comma; `print x` gets the
  // Python 2 hint.
  const Token& first = tokens_[start_pos];
  std::string_view first_text = text(first);
  bool soft = first.kind == TokenKind::Name && (first_text == "match" || first_text == "case" || first_text == "_");
  bool bare_name = body->kind == ExprKind::Name && start_pos + 1 == pos_;
  bool legacy = bare_name && (first_text == "print" || first_text == "exec");
  bool name_string = first.kind == TokenKind::Name && start_pos + 1 < tokens_.size() && tokens_[start_pos + 1].kind == TokenKind::String;
  Mark m = mark();
  if (!soft && !name_string && !legacy) {
    emulating_ = true;
    hints_ = false;
    Expr* next = expression();
    hints_ = true;
    uint32_t next_end = prev_end();
    bool in_brackets = next && inside_brackets(pos_ - 1);
    reset(m);
    if (in_brackets) return fail(Span{begin, next_end}, "invalid syntax. Perhaps you forgot a comma?");
  }
  if (bare_name) {
    // CPython reads `NAME expr` this way for any name, then checks for print/exec;
    // the look-ahead matters for which tokenizer error gets reported.
    emulating_ = true;
    Expr* args = star_expressions();
    if (!args && !generic_error_) {
      // A specific error inside stands, as CPython raises it from the same rule.
      emulating_ = m.emulating;
      return nullptr;
    }
    uint32_t args_end = prev_end();
    reset(m);
    if (args && legacy) {
      return fail(Span{begin, args_end}, fmt::format("Missing parentheses in call to '{}'. Did you mean {}(...)?", first_text, first_text));
    }
  }
  return body;
}

Expr* Parser::disjunction() {
  uint32_t begin = start();
  Expr* first = conjunction();
  if (!first || !at(TokenKind::Or)) return first;
  BoolOp* b = make<BoolOp>(Span{});
  b->op = BoolOpKind::Or;
  b->values.push_back(first);
  while (accept(TokenKind::Or)) {
    Expr* e = conjunction();
    if (!e) return nullptr;
    b->values.push_back(e);
  }
  b->span = span_from(begin);
  return b;
}

Expr* Parser::conjunction() {
  uint32_t begin = start();
  Expr* first = inversion();
  if (!first || !at(TokenKind::And)) return first;
  BoolOp* b = make<BoolOp>(Span{});
  b->op = BoolOpKind::And;
  b->values.push_back(first);
  while (accept(TokenKind::And)) {
    Expr* e = inversion();
    if (!e) return nullptr;
    b->values.push_back(e);
  }
  b->span = span_from(begin);
  return b;
}

Expr* Parser::inversion() {
  if (!at(TokenKind::Not)) return comparison();
  Nest nest(*this);
  if (!nest.ok) return nullptr;
  uint32_t begin = start();
  advance();
  Expr* operand = inversion();
  if (!operand) return nullptr;
  UnaryOp* u = make<UnaryOp>(span_from(begin));
  u->op = UnaryOpKind::Not;
  u->operand = operand;
  return u;
}

Expr* Parser::comparison() {
  uint32_t begin = start();
  Expr* left = bitwise_or();
  if (!left) return nullptr;
  Compare* cmp = nullptr;
  for (;;) {
    CmpOpKind op;
    switch (kind()) {
      case TokenKind::EqEqual: op = CmpOpKind::Eq; break;
      case TokenKind::NotEqual: op = CmpOpKind::NotEq; break;
      case TokenKind::Less: op = CmpOpKind::Lt; break;
      case TokenKind::LessEqual: op = CmpOpKind::LtE; break;
      case TokenKind::Greater: op = CmpOpKind::Gt; break;
      case TokenKind::GreaterEqual: op = CmpOpKind::GtE; break;
      case TokenKind::In: op = CmpOpKind::In; break;
      case TokenKind::Is:
        op = kind_at(1) == TokenKind::Not ? CmpOpKind::IsNot : CmpOpKind::Is;
        if (op == CmpOpKind::IsNot) advance();
        break;
      case TokenKind::Not:
        if (kind_at(1) != TokenKind::In) goto done;
        op = CmpOpKind::NotIn;
        advance();
        break;
      default: goto done;
    }
    advance();
    {
      Expr* right = bitwise_or();
      if (!right) return nullptr;
      if (!cmp) {
        cmp = make<Compare>(Span{});
        cmp->left = left;
      }
      cmp->ops.push_back(op);
      cmp->comparators.push_back(right);
    }
  }
done:
  if (!cmp) return left;
  cmp->span = span_from(begin);
  return cmp;
}

Expr* Parser::bitwise_or() { return binary(1); }

// Precedence climbing: operands at the same level associate to the left.
Expr* Parser::binary(int min_precedence) {
  uint32_t begin = start();
  Expr* left = factor();
  if (!left) return nullptr;
  for (;;) {
    BinOpKind op;
    int precedence = binary_precedence(kind(), &op);
    if (precedence == 0 || precedence < min_precedence) return left;
    Mark m = mark();
    advance();
    Expr* right = binary(precedence + 1);
    if (!right) return operand_failed(m, left);
    BinOp* b = make<BinOp>(span_from(begin));
    b->left = left;
    b->op = op;
    b->right = right;
    left = b;
  }
}

Expr* Parser::factor() {
  UnaryOpKind op;
  switch (kind()) {
    case TokenKind::Plus: op = UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  Nest nest(*this);
  if (!nest.ok) return nullptr;
  uint32_t begin = start();
  advance();
  Expr* operand = factor();
  if (!operand) return nullptr;
  UnaryOp* u = make<UnaryOp>(span_from(begin));
  u->op = op;
  u->operand = operand;
  return u;
}

Expr* Parser::power() {
  uint32_t begin = start();
  Expr* base;
  if (accept(TokenKind::Await)) {
    Expr* value = primary();
    if (!value) return nullptr;
    Await* a = make<Await>(span_from(begin));
    a->value = value;
    base = a;
  } else {
    base = primary();
    if (!base) return nullptr;
  }
  Mark before_power = mark();
  if (!accept(TokenKind::DoubleStar)) return base;
  Nest nest(*this);  // `2**2**2...` recurses through factor()
  if (!nest.ok) return nullptr;
  Expr* exponent = factor();
  if (!exponent) return operand_failed(before_power, base);
  BinOp* b = make<BinOp>(span_from(begin));
  b->left = base;
  b->op = BinOpKind::Pow;
  b->right = exponent;
  return b;
}

Expr* Parser::primary() {
  uint32_t begin = start();
  Expr* e = atom();
  if (!e) return nullptr;
  return primary_trailers(begin, e);
}

Expr* Parser::primary_trailers(uint32_t begin, Expr* e) {
  for (;;) {
    switch (kind()) {
      case TokenKind::Dot: {
        advance();
        if (!at(TokenKind::Name)) return fail_syntax();
        Attribute* a = make<Attribute>(Span{});
        a->value = e;
        a->attr = std::string(text(token()));
        advance();
        a->span = span_from(begin);
        e = a;
        break;
      }
      case TokenKind::LParen: {
        Mark m = mark();
        Call* c = make<Call>(Span{});
        c->func = e;
        if (!call_arguments(c)) return trailer_failed(m, e);
        c->span = span_from(begin);
        e = c;
        break;
      }
      case TokenKind::LBracket: {
        Mark m = mark();
        advance();
        Expr* index = slices();
        if (!index || !at(TokenKind::RBracket)) {
          if (index) fail_syntax();
          return trailer_failed(m, e);
        }
        advance();
        Subscript* s = make<Subscript>(span_from(begin));
        s->value = e;
        s->slice = index;
        e = s;
        break;
      }
      default: return e;
    }
  }
}

// A call or subscript that does not parse leaves the primary as it was, as in
// CPython's PEG parser, so `b[] << 2` inside brackets is read as `b` followed by
// another expression (and gets the "forgot a comma" hint). Specific errors stand.
Expr* Parser::trailer_failed(Mark m, Expr* e) {
  if (!generic_error_) return nullptr;
  reset(m);
  return e;
}

// Likewise a binary operator whose right operand does not parse: the rule matches
// just its left operand. The caller then fails on the operator (same furthest token,
// so the same generic error) unless a more specific message applies there.
Expr* Parser::operand_failed(Mark m, Expr* left) { return trailer_failed(m, left); }

// ---------------------------------------------------------------------------------------
// Atoms.

Expr* Parser::atom() {
  const Token& t = token();
  switch (t.kind) {
    case TokenKind::Name: advance(); return make_name(t, ExprContext::Load);
    case TokenKind::True:
    case TokenKind::False:
    case TokenKind::None:
    case TokenKind::Ellipsis: {
      advance();
      Constant* c = make<Constant>(t.span);
      c->value_kind = t.kind == TokenKind::True    ? ConstantKind::True
                      : t.kind == TokenKind::False ? ConstantKind::False
                      : t.kind == TokenKind::None  ? ConstantKind::None
                                                   : ConstantKind::Ellipsis;
      return c;
    }
    case TokenKind::Number: advance(); return number_constant(t);
    case TokenKind::String: return strings();
    case TokenKind::LParen: return paren_atom();
    case TokenKind::LBracket: return list_atom();
    case TokenKind::LBrace: return brace_atom();
    default: return fail_syntax();
  }
}

// Integer literals keep their digits (the VM builds arbitrarily large ints from them);
// floats and imaginary parts are converted with strtod, as CPython does (PyOS_string_to_double).
Expr* Parser::number_constant(const Token& t) {
  std::string digits;
  for (char c : text(t)) {
    if (c != '_') digits += c;
  }
  Constant* c = make<Constant>(t.span);
  bool based = digits.size() > 1 && digits[0] == '0' && std::string_view("xXoObB").find(digits[1]) != std::string_view::npos;
  char last = digits.back();
  if (last == 'j' || last == 'J') {
    digits.pop_back();
    c->value_kind = ConstantKind::Complex;
    c->number = std::strtod(digits.c_str(), nullptr);
  } else if (!based && digits.find_first_of(".eE") != std::string::npos) {
    c->value_kind = ConstantKind::Float;
    c->number = std::strtod(digits.c_str(), nullptr);
  } else {
    if (based) digits[1] = static_cast<char>(digits[1] | 0x20);
    c->value_kind = ConstantKind::Int;
    c->text = std::move(digits);
  }
  return c;
}

Expr* Parser::paren_atom() {
  uint32_t begin = start();
  advance();
  return paren_contents(begin, false);
}

// The inside of `( ... )`: empty tuple, yield, group, tuple or generator expression.
// An f-string replacement field is parsed the same way, as CPython 3.11 compiles it
// wrapped in parentheses, with the end of the field standing in for ')'.
Expr* Parser::paren_contents(uint32_t begin, bool fstring) {
  TokenKind close = fstring ? TokenKind::EndMarker : TokenKind::RParen;
  auto consume_close = [&]() {
    if (!at(close)) return false;
    if (!fstring) advance();
    return true;
  };
  if (!fstring && accept(TokenKind::RParen)) {
    Tuple* empty = make<Tuple>(span_from(begin));
    parens_.insert(empty);
    return empty;
  }
  if (at(TokenKind::Yield)) {
    Expr* y = yield_expression();
    if (!y) return nullptr;
    if (!consume_close()) return fail_syntax();
    parens_.insert(y);
    return y;
  }
  if (at(TokenKind::DoubleStar)) {
    Span star = token().span;
    advance();
    if (!expression()) return nullptr;
    if (at(close)) return fail(star, "cannot use double starred expression here");
    return fail_syntax();
  }
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (is_comprehension_start(*this)) {
    if (first->kind == ExprKind::Starred) return fail(first->span, "iterable unpacking cannot be used in comprehension");
    GeneratorExp* g = make<GeneratorExp>(Span{});
    g->elt = first;
    if (!comprehension_clauses(g->generators)) return nullptr;
    if (!consume_close()) return fail_syntax();
    g->span = span_from(begin);
    parens_.insert(g);
    return g;
  }
  if (at(close)) {
    if (first->kind == ExprKind::Starred) return fail(first->span, "cannot use starred expression here");
    consume_close();
    parens_.insert(first);
    return first;
  }
  if (!at(TokenKind::Comma)) return fail_syntax();
  Tuple* t = make<Tuple>(Span{});
  t->elts.push_back(first);
  while (accept(TokenKind::Comma)) {
    if (at(close)) break;
    Expr* e = star_named_expression();
    if (!e) return nullptr;
    t->elts.push_back(e);
  }
  if (!consume_close()) return fail_syntax();
  t->span = span_from(begin);
  parens_.insert(t);
  return t;
}

Expr* Parser::list_atom() {
  uint32_t begin = start();
  advance();
  if (accept(TokenKind::RBracket)) return make<List>(span_from(begin));
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (is_comprehension_start(*this)) {
    if (first->kind == ExprKind::Starred) return fail(first->span, "iterable unpacking cannot be used in comprehension");
    ListComp* lc = make<ListComp>(Span{});
    lc->elt = first;
    if (!comprehension_clauses(lc->generators)) return nullptr;
    if (!accept(TokenKind::RBracket)) return fail_syntax();
    lc->span = span_from(begin);
    return lc;
  }
  List* l = make<List>(Span{});
  l->elts.push_back(first);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBracket)) break;
    Expr* e = star_named_expression();
    if (!e) return nullptr;
    l->elts.push_back(e);
  }
  if (!accept(TokenKind::RBracket)) {
    if (l->elts.size() > 1 && is_comprehension_start(*this)) {
      return fail(Span{l->elts.front()->span.begin, l->elts.back()->span.end}, "did you forget parentheses around the comprehension target?");
    }
    return fail_syntax();
  }
  l->span = span_from(begin);
  return l;
}

Expr* Parser::brace_atom() {
  uint32_t begin = start();
  advance();
  if (accept(TokenKind::RBrace)) return make<Dict>(span_from(begin));
  Dict* dict = nullptr;
  if (at(TokenKind::DoubleStar)) {
    uint32_t item_begin = start();
    advance();
    Expr* value = bitwise_or();
    if (!value) return nullptr;
    if (is_comprehension_start(*this)) return fail(span_from(item_begin), "dict unpacking cannot be used in dict comprehension");
    dict = make<Dict>(Span{});
    dict->keys.push_back(nullptr);
    dict->values.push_back(value);
  } else {
    Expr* first = star_named_expression();
    if (!first) return nullptr;
    if (at(TokenKind::Colon)) {
      if (first->kind == ExprKind::Starred || (first->kind == ExprKind::NamedExpr && !parens_.count(first))) return fail_syntax();
      Span colon = token().span;
      advance();
      if (at(TokenKind::RBrace) || at(TokenKind::Comma)) return fail(colon, "expression expected after dictionary key and ':'");
      Expr* value = expression();
      if (!value) return nullptr;
      if (is_comprehension_start(*this)) {
        DictComp* dc = make<DictComp>(Span{});
        dc->key = first;
        dc->value = value;
        if (!comprehension_clauses(dc->generators)) return nullptr;
        if (!accept(TokenKind::RBrace)) return fail_syntax();
        dc->span = span_from(begin);
        return dc;
      }
      dict = make<Dict>(Span{});
      dict->keys.push_back(first);
      dict->values.push_back(value);
    } else {
      // A set display or comprehension.
      if (is_comprehension_start(*this)) {
        if (first->kind == ExprKind::Starred) return fail(first->span, "iterable unpacking cannot be used in comprehension");
        SetComp* sc = make<SetComp>(Span{});
        sc->elt = first;
        if (!comprehension_clauses(sc->generators)) return nullptr;
        if (!accept(TokenKind::RBrace)) return fail_syntax();
        sc->span = span_from(begin);
        return sc;
      }
      Set* set = make<Set>(Span{});
      set->elts.push_back(first);
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        Expr* e = star_named_expression();
        if (!e) return nullptr;
        set->elts.push_back(e);
      }
      if (!accept(TokenKind::RBrace)) {
        if (set->elts.size() > 1 && is_comprehension_start(*this)) {
          return fail(Span{set->elts.front()->span.begin, set->elts.back()->span.end}, "did you forget parentheses around the comprehension target?");
        }
        return fail_syntax();
      }
      set->span = span_from(begin);
      return set;
    }
  }
  // Remaining dict items.
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBrace)) break;
    if (accept(TokenKind::DoubleStar)) {
      Expr* value = bitwise_or();
      if (!value) return nullptr;
      dict->keys.push_back(nullptr);
      dict->values.push_back(value);
      continue;
    }
    Expr* key = expression();
    if (!key) return nullptr;
    if (!at(TokenKind::Colon)) {
      if (at(TokenKind::RBrace) || at(TokenKind::Comma)) return fail(key->span, "':' expected after dictionary key");
      return fail_syntax();
    }
    Span colon = token().span;
    advance();
    if (at(TokenKind::RBrace) || at(TokenKind::Comma)) return fail(colon, "expression expected after dictionary key and ':'");
    Expr* value = expression();
    if (!value) return nullptr;
    dict->keys.push_back(key);
    dict->values.push_back(value);
  }
  if (!accept(TokenKind::RBrace)) return fail_syntax();
  dict->span = span_from(begin);
  return dict;
}

Expr* Parser::yield_expression() {
  uint32_t begin = start();
  advance();
  if (accept(TokenKind::From)) {
    Expr* value = expression();
    if (!value) return nullptr;
    YieldFrom* y = make<YieldFrom>(span_from(begin));
    y->value = value;
    return y;
  }
  Expr* value = nullptr;
  if (starts_expression(kind()) || at(TokenKind::Star)) {
    value = star_expressions();
    if (!value) return nullptr;
  }
  Yield* y = make<Yield>(span_from(begin));
  y->value = value;
  return y;
}

Expr* Parser::lambda_expression() {
  uint32_t begin = start();
  advance();
  Arguments* args = parameters(true, TokenKind::Colon);
  if (!args) return nullptr;
  if (!accept(TokenKind::Colon)) return fail_syntax();
  Expr* body = expression();
  if (!body) return nullptr;
  Lambda* l = make<Lambda>(span_from(begin));
  l->args = args;
  l->body = body;
  return l;
}

// ---------------------------------------------------------------------------------------
// Subscripts, calls, comprehensions, parameters.

Expr* Parser::slices() {
  uint32_t begin = start();
  Expr* first = slice_item();
  if (!first) return nullptr;
  // A lone `*x` still makes a tuple (grammar: slices, PEP 646).
  if (!at(TokenKind::Comma) && first->kind != ExprKind::Starred) return first;
  Tuple* t = make<Tuple>(Span{});
  t->elts.push_back(first);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBracket)) break;
    Expr* e = slice_item();
    if (!e) return nullptr;
    t->elts.push_back(e);
  }
  t->span = span_from(begin);
  return t;
}

Expr* Parser::slice_item() {
  uint32_t begin = start();
  if (at(TokenKind::Star)) {
    advance();
    Expr* value = expression();
    if (!value) return nullptr;
    Starred* s = make<Starred>(span_from(begin));
    s->value = value;
    return s;
  }
  Expr* lower = nullptr;
  if (!at(TokenKind::Colon)) {
    lower = named_expression();
    if (!lower || !at(TokenKind::Colon)) return lower;
    if (lower->kind == ExprKind::NamedExpr && !parens_.count(lower)) return fail_syntax();
  }
  advance();
  Slice* s = make<Slice>(Span{});
  s->lower = lower;
  auto ends_part = [&]() { return at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::RBracket); };
  if (!ends_part()) {
    s->upper = expression();
    if (!s->upper) return nullptr;
  }
  if (accept(TokenKind::Colon) && !ends_part()) {
    s->step = expression();
    if (!s->step) return nullptr;
  }
  s->span = span_from(begin);
  return s;
}

// `(args)` of a call, with CPython's checks on argument order (grammar: args, kwargs,
// invalid_arguments, invalid_kwarg).
bool Parser::call_arguments(Call* call, bool class_bases) {
  uint32_t open = start();
  advance();
  bool seen_keyword = false;
  bool seen_double_star = false;
  GeneratorExp* bare_genexp = nullptr;
  while (!at(TokenKind::RParen)) {
    uint32_t begin = start();
    if (at(TokenKind::Star)) {
      Span star = token().span;
      advance();
      Expr* value = expression();
      if (!value) return false;
      if (at(TokenKind::Equal)) return fail(span_from(begin), "cannot assign to iterable argument unpacking");
      if (seen_double_star) return fail(star, "iterable argument unpacking follows keyword argument unpacking");
      Starred* s = make<Starred>(span_from(begin));
      s->value = value;
      call->args.push_back(s);
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      Expr* value = expression();
      if (!value) return false;
      Keyword* k = make<Keyword>(span_from(begin));
      k->value = value;
      call->keywords.push_back(k);
      seen_double_star = true;
    } else if (at(TokenKind::Name) && kind_at(1) == TokenKind::Equal) {
      std::string name(text(token()));
      advance();
      advance();
      Expr* value = expression();
      if (!value) return false;
      if (is_comprehension_start(*this)) return fail(span_from(begin), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      Keyword* k = make<Keyword>(span_from(begin));
      k->arg = std::move(name);
      k->value = value;
      call->keywords.push_back(k);
      seen_keyword = true;
    } else if ((at(TokenKind::True) || at(TokenKind::False) || at(TokenKind::None)) && kind_at(1) == TokenKind::Equal) {
      std::string_view name = text(token());
      advance();
      advance();
      return fail(span_from(begin), fmt::format("cannot assign to {}", name));
    } else {
      Expr* e = at(TokenKind::Name) && kind_at(1) == TokenKind::ColonEqual ? named_expression() : expression();
      if (!e) return false;
      if (at(TokenKind::Equal)) {
        advance();
        return fail(span_from(begin), "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (is_comprehension_start(*this)) {
        if (class_bases) return fail_syntax();
        GeneratorExp* g = make<GeneratorExp>(Span{});
        g->elt = e;
        if (!comprehension_clauses(g->generators)) return false;
        g->span = span_from(begin);
        if (bare_genexp || !call->args.empty() || !call->keywords.empty() || at(TokenKind::Comma)) {
          return fail(g->span, "Generator expression must be parenthesized");
        }
        if (!at(TokenKind::RParen)) return fail_syntax();
        bare_genexp = g;
        e = g;
      } else if (bare_genexp) {
        return fail(bare_genexp->span, "Generator expression must be parenthesized");
      }
      if (seen_double_star) return fail(e->span, "positional argument follows keyword argument unpacking");
      if (seen_keyword) return fail(e->span, "positional argument follows keyword argument");
      call->args.push_back(e);
    }
    if (bare_genexp && call->args.size() + call->keywords.size() > 1) return fail(bare_genexp->span, "Generator expression must be parenthesized");
    if (!accept(TokenKind::Comma)) break;
    if (bare_genexp) return fail(bare_genexp->span, "Generator expression must be parenthesized");
  }
  if (!accept(TokenKind::RParen)) return fail_syntax();
  // CPython gives a sole generator argument the span of the call's parentheses.
  if (bare_genexp) bare_genexp->span = Span{open, prev_end()};
  return true;
}

bool Parser::class_arguments(std::vector<Expr*>& bases, std::vector<Keyword*>& keywords) {
  Call scratch;
  if (!call_arguments(&scratch, true)) return false;
  bases = std::move(scratch.args);
  keywords = std::move(scratch.keywords);
  return true;
}

bool Parser::comprehension_clauses(std::vector<Comprehension*>& out) {
  while (is_comprehension_start(*this)) {
    Comprehension* c = make<Comprehension>(Span{});
    c->is_async = accept(TokenKind::Async);
    advance();  // 'for'
    size_t target_pos = pos_;
    Expr* target = star_targets();
    if (!target || !at(TokenKind::In)) {
      target_or_report(target_pos, TargetMode::For);
      return false;
    }
    if (set_target_context(target, ExprContext::Store)) {
      report_invalid_target(target, TargetMode::For);
      return false;
    }
    advance();
    c->target = target;
    c->iter = disjunction();
    if (!c->iter) return false;
    while (accept(TokenKind::If)) {
      Expr* cond = disjunction();
      if (!cond) return false;
      c->ifs.push_back(cond);
    }
    out.push_back(c);
  }
  return true;
}

// Parameter lists of `def` (closed by ')') and `lambda` (closed by ':'), including
// CPython's messages for misplaced '/', '*' and defaults (grammar: invalid_parameters).
Arguments* Parser::parameters(bool lambda, TokenKind close) {
  uint32_t begin = start();
  Arguments* a = make<Arguments>(Span{});
  bool seen_slash = false, seen_star = false, seen_default = false;
  auto param = [&]() -> Arg* {
    const Token& name = token();
    if (name.kind != TokenKind::Name) return fail_syntax();
    advance();
    Arg* arg = make<Arg>(name.span);
    arg->arg = std::string(text(name));
    if (!lambda && accept(TokenKind::Colon)) {
      arg->annotation = at(TokenKind::Star) ? star_expression() : expression();
      if (!arg->annotation) return nullptr;
    }
    arg->span = span_from(name.span.begin);
    return arg;
  };
  while (!at(close)) {
    if (at(TokenKind::Slash)) {
      Span slash = token().span;
      if (seen_slash) return fail(slash, "/ may appear only once");
      if (seen_star || a->kwarg) return fail(slash, "/ must be ahead of *");
      if (a->args.empty()) {
        if (kind_at(1) == TokenKind::Comma) return fail(slash, "at least one argument must precede /");
        return fail_syntax();
      }
      advance();
      seen_slash = true;
      a->posonlyargs = std::move(a->args);
      a->args.clear();
    } else if (at(TokenKind::Star)) {
      Span star = token().span;
      if (a->kwarg) return fail(star, "arguments cannot follow var-keyword argument");
      if (seen_star) return fail(star, "* argument may appear only once");
      advance();
      seen_star = true;
      if (at(TokenKind::Name)) {
        a->vararg = param();
        if (!a->vararg) return nullptr;
        if (at(TokenKind::Equal)) return fail(token().span, "var-positional argument cannot have default value");
      } else if (at(close) || (at(TokenKind::Comma) && (kind_at(1) == close || kind_at(1) == TokenKind::DoubleStar))) {
        return fail(star, "named arguments must follow bare *");
      } else if (!at(TokenKind::Comma)) {
        return fail_syntax();
      }
    } else if (at(TokenKind::DoubleStar)) {
      if (a->kwarg) return fail(token().span, "arguments cannot follow var-keyword argument");
      advance();
      a->kwarg = param();
      if (!a->kwarg) return nullptr;
      if (at(TokenKind::Equal)) return fail(token().span, "var-keyword argument cannot have default value");
    } else {
      if (a->kwarg) {
        if (at(TokenKind::Name)) return fail(token().span, "arguments cannot follow var-keyword argument");
        return fail_syntax();
      }
      Arg* arg = param();
      if (!arg) return nullptr;
      Expr* def = nullptr;
      if (at(TokenKind::Equal)) {
        Span equal = token().span;
        advance();
        if (!lambda && (at(TokenKind::Comma) || at(close))) return fail(equal, "expected default value expression");
        def = expression();
        if (!def) return nullptr;
      }
      if (seen_star) {
        a->kwonlyargs.push_back(arg);
        a->kw_defaults.push_back(def);
      } else {
        if (def) {
          a->defaults.push_back(def);
          seen_default = true;
        } else if (seen_default && (at(TokenKind::Comma) || at(close))) {
          return fail(arg->span, "non-default argument follows default argument");
        } else if (seen_default) {
          return fail_syntax();
        }
        a->args.push_back(arg);
      }
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (!at(close)) return fail_syntax();
  a->span = span_from(begin);
  return a;
}

// ---------------------------------------------------------------------------------------
// Targets (grammar: star_targets). An element is `*target` or a primary; whether it
// may be assigned to is checked afterwards by set_target_context().

Expr* Parser::star_targets() {
  uint32_t begin = start();
  Expr* first = star_target();
  if (!first || !at(TokenKind::Comma)) return first;
  Tuple* t = make<Tuple>(Span{});
  t->elts.push_back(first);
  while (accept(TokenKind::Comma)) {
    if (!starts_expression(kind()) && !at(TokenKind::Star)) break;
    Expr* e = star_target();
    if (!e) return nullptr;
    t->elts.push_back(e);
  }
  t->span = span_from(begin);
  return t;
}

Expr* Parser::star_target() {
  if (!at(TokenKind::Star)) return primary();
  Nest nest(*this);
  if (!nest.ok) return nullptr;
  uint32_t begin = start();
  advance();
  if (at(TokenKind::Star)) return fail_syntax();
  Expr* value = star_target();
  if (!value) return nullptr;
  Starred* s = make<Starred>(span_from(begin));
  s->value = value;
  return s;
}

// A target list failed to parse (or is not followed by what must follow it). CPython
// then re-reads the same tokens as an expression list and names the part that cannot
// be assigned to (grammar: invalid_for_target, invalid_with_item, invalid_del_stmt);
// when there is none, the original error stands.
Failed Parser::target_or_report(size_t start_pos, TargetMode mode) {
  SavedError original = save_error();
  size_t resume = pos_;
  bool was_emulating = emulating_;
  pos_ = start_pos;
  error_.reset();
  emulating_ = true;
  Expr* e = star_expressions();
  const Expr* bad = e ? invalid_target(e, mode) : nullptr;
  emulating_ = was_emulating;
  // A specific message found while re-reading wins (CPython raises it in the same
  // second-pass rule).
  if (!e && error_ && !generic_error_) return Failed{};
  error_.reset();
  if (bad) {
    const char* verb = mode == TargetMode::Del ? "delete" : "assign to";
    return fail(bad->span, fmt::format("cannot {} {}", verb, expr_description(bad)));
  }
  pos_ = resume;
  restore_error(original);
  if (!error_) return fail_syntax();
  return Failed{};
}

}  // namespace edge::compiler
