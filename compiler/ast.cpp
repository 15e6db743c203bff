// Operator names and dump(): the AST printed exactly as Python 3.11's
// `ast.dump(ast.parse(src))` prints it with default arguments, so parser tests can
// compare against CPython output byte for byte.
//
// The format (Lib/ast.py, function dump): `ClassName(field=value, ...)` in the field
// order of the ASDL definition; optional fields (`expr?`, `identifier?`) that are None
// are left out; lists are always printed, `[]` when empty; constants and identifiers
// use Python's repr(). Positions are not printed (include_attributes=False).
#include <cmath>
#include <cstring>

#include "compiler/ast.h"
#include "compiler/lexer.h"
#include "vm/fmt.h"

namespace edge::compiler {

const char* binop_name(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return "Add";
    case BinOpKind::Sub: return "Sub";
    case BinOpKind::Mult: return "Mult";
    case BinOpKind::MatMult: return "MatMult";
    case BinOpKind::Div: return "Div";
    case BinOpKind::Mod: return "Mod";
    case BinOpKind::Pow: return "Pow";
    case BinOpKind::LShift: return "LShift";
    case BinOpKind::RShift: return "RShift";
    case BinOpKind::BitOr: return "BitOr";
    case BinOpKind::BitXor: return "BitXor";
    case BinOpKind::BitAnd: return "BitAnd";
    case BinOpKind::FloorDiv: return "FloorDiv";
  }
  return "?";
}

const char* binop_symbol(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return "+";
    case BinOpKind::Sub: return "-";
    case BinOpKind::Mult: return "*";
    case BinOpKind::MatMult: return "@";
    case BinOpKind::Div: return "/";
    case BinOpKind::Mod: return "%";
    case BinOpKind::Pow: return "**";
    case BinOpKind::LShift: return "<<";
    case BinOpKind::RShift: return ">>";
    case BinOpKind::BitOr: return "|";
    case BinOpKind::BitXor: return "^";
    case BinOpKind::BitAnd: return "&";
    case BinOpKind::FloorDiv: return "//";
  }
  return "?";
}

const char* unaryop_name(UnaryOpKind op) {
  switch (op) {
    case UnaryOpKind::Invert: return "Invert";
    case UnaryOpKind::Not: return "Not";
    case UnaryOpKind::UAdd: return "UAdd";
    case UnaryOpKind::USub: return "USub";
  }
  return "?";
}

const char* cmpop_name(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq: return "Eq";
    case CmpOpKind::NotEq: return "NotEq";
    case CmpOpKind::Lt: return "Lt";
    case CmpOpKind::LtE: return "LtE";
    case CmpOpKind::Gt: return "Gt";
    case CmpOpKind::GtE: return "GtE";
    case CmpOpKind::Is: return "Is";
    case CmpOpKind::IsNot: return "IsNot";
    case CmpOpKind::In: return "In";
    case CmpOpKind::NotIn: return "NotIn";
  }
  return "?";
}

namespace {

// Decodes UTF-8 that may contain WTF-8 surrogates (three-byte forms of U+D800..DFFF),
// which Constant strings use for lone surrogates from escapes.
uint32_t next_code_point(std::string_view s, size_t& i) {
  unsigned char b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  size_t n = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
  if (i + n >= s.size()) {  // truncated: cannot happen for parser output
    ++i;
    return 0xFFFD;
  }
  uint32_t cp = b0 & (n == 1 ? 0x1F : n == 2 ? 0x0F : 0x07);
  for (size_t k = 1; k <= n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n + 1;
  return cp;
}

}  // namespace

// Python's repr() of a str (Objects/unicodeobject.c semantics): single quotes unless
// the text has a single quote and no double quote; non-printable characters escaped.
std::string repr_str(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = next_code_point(s, i);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += fmt::format("\\x{:02x}", cp);
    } else if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (is_printable(cp)) {
      append_utf8(out, cp);
    } else if (cp <= 0xFF) {
      out += fmt::format("\\x{:02x}", cp);
    } else if (cp <= 0xFFFF) {
      out += fmt::format("\\u{:04x}", cp);
    } else {
      out += fmt::format("\\U{:08x}", cp);
    }
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

// Python's repr() of a float: the shortest digits that round-trip (fmt supplies
// them), laid out by float_repr_style 'r' rules: fixed notation when the decimal
// exponent is in [-4, 16), else scientific with a signed two-digit-minimum exponent.
// `complex_part` drops the ".0" of integral values, as complex.__repr__ does.
std::string repr_float(double d, bool complex_part) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  std::string raw = fmt::format("{}", d);
  std::string sign;
  size_t p = 0;
  if (raw[0] == '-') {
    sign = "-";
    p = 1;
  }
  // Split fmt's output into significant digits and decpt, where the value is
  // 0.DIGITS * 10^decpt.
  std::string mantissa = raw.substr(p);
  int exp10 = 0;
  size_t e = mantissa.find('e');
  if (e != std::string::npos) {
    exp10 = std::atoi(mantissa.c_str() + e + 1);
    mantissa.resize(e);
  }
  std::string digits;
  int int_len = 0;
  bool seen_dot = false;
  for (char c : mantissa) {
    if (c == '.') {
      seen_dot = true;
      continue;
    }
    digits += c;
    if (!seen_dot) ++int_len;
  }
  int decpt = int_len + exp10;
  size_t lead = 0;
  while (lead < digits.size() && digits[lead] == '0') ++lead;
  digits.erase(0, lead);
  decpt -= static_cast<int>(lead);
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  if (digits.empty()) return sign + (complex_part ? "0" : "0.0");

  int n = static_cast<int>(digits.size());
  std::string out = sign;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0.";
      out.append(static_cast<size_t>(-decpt), '0');
      out += digits;
    } else if (decpt >= n) {
      out += digits;
      out.append(static_cast<size_t>(decpt - n), '0');
      if (!complex_part) out += ".0";
    } else {
      out += digits.substr(0, static_cast<size_t>(decpt));
      out += '.';
      out += digits.substr(static_cast<size_t>(decpt));
    }
  } else {
    out += digits[0];
    if (n > 1) {
      out += '.';
      out += digits.substr(1);
    }
    int x = decpt - 1;
    out += fmt::format("e{}{:02d}", x < 0 ? '-' : '+', x < 0 ? -x : x);
  }
  return out;
}

namespace {

// The decimal digits of an integer literal ("0x1f" -> "31"), any size.
std::string int_literal_to_decimal(const std::string& text) {
  int base = 10;
  size_t i = 0;
  if (text.size() > 1 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    if (p == 'x') base = 16;
    if (p == 'o') base = 8;
    if (p == 'b') base = 2;
    if (base != 10) i = 2;
  }
  // Little-endian limbs of 10^9.
  std::vector<uint32_t> limbs{0};
  for (; i < text.size(); ++i) {
    char c = text[i];
    uint32_t digit;
    if (c >= '0' && c <= '9') {
      digit = static_cast<uint32_t>(c - '0');
    } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
      digit = static_cast<uint32_t>((c | 0x20) - 'a' + 10);
    } else {
      continue;  // '_' never survives the parser, but be tolerant
    }
    uint64_t carry = digit;
    for (uint32_t& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string out = fmt::format("{}", limbs.back());
  for (size_t k = limbs.size() - 1; k-- > 0;) out += fmt::format("{:09d}", limbs[k]);
  return out;
}

class Dumper {
 public:
  std::string out;

  void module(const Module& m) {
    out += "Module(body=";
    stmts(m.body);
    out += ", type_ignores=[])";
  }

  void stmts(const std::vector<Stmt*>& list) {
    out += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      stmt(list[i]);
    }
    out += ']';
  }

  void exprs(const std::vector<Expr*>& list) {
    out += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      expr(list[i]);  // prints None for a missing entry (Dict keys, kw_defaults)
    }
    out += ']';
  }

  void names(const std::vector<std::string>& list) {
    out += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      out += repr_str(list[i]);
    }
    out += ']';
  }

  // Field helpers: `sep` puts ", " before every field but the first.
  void field(const char* name) {
    if (!first_) out += ", ";
    first_ = false;
    out += name;
    out += '=';
  }
  void open(const char* cls) {
    out += cls;
    out += '(';
    first_ = true;
  }
  void close() {
    out += ')';
    first_ = false;
  }

  void f_expr(const char* name, const Expr* e) {
    field(name);
    expr(e);
  }
  void f_opt_expr(const char* name, const Expr* e) {
    if (e) f_expr(name, e);
  }
  void f_exprs(const char* name, const std::vector<Expr*>& list) {
    field(name);
    exprs(list);
  }
  void f_stmts(const char* name, const std::vector<Stmt*>& list) {
    field(name);
    stmts(list);
  }
  void f_str(const char* name, const std::string& s) {
    field(name);
    out += repr_str(s);
  }
  void f_opt_str(const char* name, const std::string& s) {
    if (!s.empty()) f_str(name, s);
  }
  void f_int(const char* name, long v) {
    field(name);
    out += fmt::format("{}", v);
  }
  void f_raw(const char* name, const char* text) {
    field(name);
    out += text;
  }
  void f_singleton(const char* name, const char* cls) {
    field(name);
    out += cls;
    out += "()";
  }
  void f_ctx(ExprContext ctx) {
    f_singleton("ctx", ctx == ExprContext::Load ? "Load" : ctx == ExprContext::Store ? "Store" : "Del");
  }

  void arguments(const Arguments* a) {
    open("arguments");
    auto args = [&](const char* name, const std::vector<Arg*>& list) {
      field(name);
      out += '[';
      for (size_t i = 0; i < list.size(); ++i) {
        if (i) out += ", ";
        arg(list[i]);
      }
      out += ']';
    };
    args("posonlyargs", a->posonlyargs);
    args("args", a->args);
    if (a->vararg) {
      field("vararg");
      arg(a->vararg);
    }
    args("kwonlyargs", a->kwonlyargs);
    f_exprs("kw_defaults", a->kw_defaults);
    if (a->kwarg) {
      field("kwarg");
      arg(a->kwarg);
    }
    f_exprs("defaults", a->defaults);
    close();
  }

  void arg(const Arg* a) {
    bool saved = first_;
    open("arg");
    f_str("arg", a->arg);
    f_opt_expr("annotation", a->annotation);
    close();
    first_ = saved;
  }

  void keywords(const char* name, const std::vector<Keyword*>& list) {
    field(name);
    out += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      open("keyword");
      f_opt_str("arg", list[i]->arg);
      f_expr("value", list[i]->value);
      close();
    }
    out += ']';
  }

  void comprehensions(const std::vector<Comprehension*>& list) {
    field("generators");
    out += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      const Comprehension* c = list[i];
      open("comprehension");
      f_expr("target", c->target);
      f_expr("iter", c->iter);
      f_exprs("ifs", c->ifs);
      f_int("is_async", c->is_async ? 1 : 0);
      close();
    }
    out += ']';
  }

  void aliases(const std::vector<Alias*>& list) {
    field("names");
    out += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      open("alias");
      f_str("name", list[i]->name);
      f_opt_str("asname", list[i]->asname);
      close();
    }
    out += ']';
  }

  void constant(const Constant* c) {
    open("Constant");
    field("value");
    switch (c->value_kind) {
      case ConstantKind::None: out += "None"; break;
      case ConstantKind::True: out += "True"; break;
      case ConstantKind::False: out += "False"; break;
      case ConstantKind::Ellipsis: out += "Ellipsis"; break;
      case ConstantKind::Int: out += int_literal_to_decimal(c->text); break;
      case ConstantKind::Float: out += repr_float(c->number, false); break;
      case ConstantKind::Complex:
        out += repr_float(c->number, true);
        out += 'j';
        break;
      case ConstantKind::Str: out += repr_str(c->text); break;
      case ConstantKind::Bytes: out += repr_bytes(c->text); break;
    }
    if (c->u_prefix) f_raw("kind", "'u'");
    close();
  }

  void expr(const Expr* e) {
    if (!e) {
      out += "None";
      return;
    }
    // Nested nodes are printed inside a field list; keep the caller's position.
    bool saved = first_;
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto n = e->as<BoolOp>();
        open("BoolOp");
        f_singleton("op", n->op == BoolOpKind::And ? "And" : "Or");
        f_exprs("values", n->values);
        break;
      }
      case ExprKind::NamedExpr: {
        auto n = e->as<NamedExpr>();
        open("NamedExpr");
        f_expr("target", n->target);
        f_expr("value", n->value);
        break;
      }
      case ExprKind::BinOp: {
        auto n = e->as<BinOp>();
        open("BinOp");
        f_expr("left", n->left);
        f_singleton("op", binop_name(n->op));
        f_expr("right", n->right);
        break;
      }
      case ExprKind::UnaryOp: {
        auto n = e->as<UnaryOp>();
        open("UnaryOp");
        f_singleton("op", unaryop_name(n->op));
        f_expr("operand", n->operand);
        break;
      }
      case ExprKind::Lambda: {
        auto n = e->as<Lambda>();
        open("Lambda");
        field("args");
        arguments(n->args);
        first_ = false;
        f_expr("body", n->body);
        break;
      }
      case ExprKind::IfExp: {
        auto n = e->as<IfExp>();
        open("IfExp");
        f_expr("test", n->test);
        f_expr("body", n->body);
        f_expr("orelse", n->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto n = e->as<Dict>();
        open("Dict");
        f_exprs("keys", n->keys);
        f_exprs("values", n->values);
        break;
      }
      case ExprKind::Set: {
        open("Set");
        f_exprs("elts", e->as<Set>()->elts);
        break;
      }
      case ExprKind::ListComp: {
        auto n = e->as<ListComp>();
        open("ListComp");
        f_expr("elt", n->elt);
        comprehensions(n->generators);
        break;
      }
      case ExprKind::SetComp: {
        auto n = e->as<SetComp>();
        open("SetComp");
        f_expr("elt", n->elt);
        comprehensions(n->generators);
        break;
      }
      case ExprKind::DictComp: {
        auto n = e->as<DictComp>();
        open("DictComp");
        f_expr("key", n->key);
        f_expr("value", n->value);
        comprehensions(n->generators);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto n = e->as<GeneratorExp>();
        open("GeneratorExp");
        f_expr("elt", n->elt);
        comprehensions(n->generators);
        break;
      }
      case ExprKind::Await:
        open("Await");
        f_expr("value", e->as<Await>()->value);
        break;
      case ExprKind::Yield:
        open("Yield");
        f_opt_expr("value", e->as<Yield>()->value);
        break;
      case ExprKind::YieldFrom:
        open("YieldFrom");
        f_expr("value", e->as<YieldFrom>()->value);
        break;
      case ExprKind::Compare: {
        auto n = e->as<Compare>();
        open("Compare");
        f_expr("left", n->left);
        field("ops");
        out += '[';
        for (size_t i = 0; i < n->ops.size(); ++i) {
          if (i) out += ", ";
          out += cmpop_name(n->ops[i]);
          out += "()";
        }
        out += ']';
        f_exprs("comparators", n->comparators);
        break;
      }
      case ExprKind::Call: {
        auto n = e->as<Call>();
        open("Call");
        f_expr("func", n->func);
        f_exprs("args", n->args);
        keywords("keywords", n->keywords);
        break;
      }
      case ExprKind::FormattedValue: {
        auto n = e->as<FormattedValue>();
        open("FormattedValue");
        f_expr("value", n->value);
        f_int("conversion", n->conversion);
        f_opt_expr("format_spec", n->format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        open("JoinedStr");
        f_exprs("values", e->as<JoinedStr>()->values);
        break;
      case ExprKind::Constant:
        constant(e->as<Constant>());
        first_ = saved;
        return;
      case ExprKind::Attribute: {
        auto n = e->as<Attribute>();
        open("Attribute");
        f_expr("value", n->value);
        f_str("attr", n->attr);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::Subscript: {
        auto n = e->as<Subscript>();
        open("Subscript");
        f_expr("value", n->value);
        f_expr("slice", n->slice);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::Starred: {
        auto n = e->as<Starred>();
        open("Starred");
        f_expr("value", n->value);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::Name: {
        auto n = e->as<Name>();
        open("Name");
        f_str("id", n->id);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::List: {
        auto n = e->as<List>();
        open("List");
        f_exprs("elts", n->elts);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::Tuple: {
        auto n = e->as<Tuple>();
        open("Tuple");
        f_exprs("elts", n->elts);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::Slice: {
        auto n = e->as<Slice>();
        open("Slice");
        f_opt_expr("lower", n->lower);
        f_opt_expr("upper", n->upper);
        f_opt_expr("step", n->step);
        break;
      }
    }
    close();
    first_ = saved;
  }

  void pattern(const Pattern* p) {
    bool saved = first_;
    switch (p->kind) {
      case PatternKind::MatchValue:
        open("MatchValue");
        f_expr("value", p->as<MatchValue>()->value);
        break;
      case PatternKind::MatchSingleton: {
        auto v = p->as<MatchSingleton>()->value;
        open("MatchSingleton");
        f_raw("value", v == ConstantKind::True ? "True" : v == ConstantKind::False ? "False" : "None");
        break;
      }
      case PatternKind::MatchSequence:
        open("MatchSequence");
        patterns("patterns", p->as<MatchSequence>()->patterns);
        break;
      case PatternKind::MatchMapping: {
        auto n = p->as<MatchMapping>();
        open("MatchMapping");
        f_exprs("keys", n->keys);
        patterns("patterns", n->patterns);
        f_opt_str("rest", n->rest);
        break;
      }
      case PatternKind::MatchClass: {
        auto n = p->as<MatchClass>();
        open("MatchClass");
        f_expr("cls", n->cls);
        patterns("patterns", n->patterns);
        field("kwd_attrs");
        names(n->kwd_attrs);
        patterns("kwd_patterns", n->kwd_patterns);
        break;
      }
      case PatternKind::MatchStar:
        open("MatchStar");
        f_opt_str("name", p->as<MatchStar>()->name);
        break;
      case PatternKind::MatchAs: {
        auto n = p->as<MatchAs>();
        open("MatchAs");
        if (n->pattern) {
          field("pattern");
          pattern(n->pattern);
        }
        f_opt_str("name", n->name);
        break;
      }
      case PatternKind::MatchOr:
        open("MatchOr");
        patterns("patterns", p->as<MatchOr>()->patterns);
        break;
    }
    close();
    first_ = saved;
  }

  void patterns(const char* name, const std::vector<Pattern*>& list) {
    field(name);
    out += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      pattern(list[i]);
    }
    out += ']';
  }

  void body_of(const char* name, const std::vector<Stmt*>& list) { f_stmts(name, list); }

  void stmt(const Stmt* s) {
    bool saved = first_;
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto n = s->as<FunctionDef>();
        open(n->is_async ? "AsyncFunctionDef" : "FunctionDef");
        f_str("name", n->name);
        field("args");
        arguments(n->args);
        first_ = false;
        body_of("body", n->body);
        f_exprs("decorator_list", n->decorator_list);
        f_opt_expr("returns", n->returns);
        break;
      }
      case StmtKind::ClassDef: {
        auto n = s->as<ClassDef>();
        open("ClassDef");
        f_str("name", n->name);
        f_exprs("bases", n->bases);
        keywords("keywords", n->keywords);
        body_of("body", n->body);
        f_exprs("decorator_list", n->decorator_list);
        break;
      }
      case StmtKind::Return:
        open("Return");
        f_opt_expr("value", s->as<Return>()->value);
        break;
      case StmtKind::Delete:
        open("Delete");
        f_exprs("targets", s->as<Delete>()->targets);
        break;
      case StmtKind::Assign: {
        auto n = s->as<Assign>();
        open("Assign");
        f_exprs("targets", n->targets);
        f_expr("value", n->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto n = s->as<AugAssign>();
        open("AugAssign");
        f_expr("target", n->target);
        f_singleton("op", binop_name(n->op));
        f_expr("value", n->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto n = s->as<AnnAssign>();
        open("AnnAssign");
        f_expr("target", n->target);
        f_expr("annotation", n->annotation);
        f_opt_expr("value", n->value);
        f_int("simple", n->simple ? 1 : 0);
        break;
      }
      case StmtKind::For: {
        auto n = s->as<For>();
        open(n->is_async ? "AsyncFor" : "For");
        f_expr("target", n->target);
        f_expr("iter", n->iter);
        body_of("body", n->body);
        body_of("orelse", n->orelse);
        break;
      }
      case StmtKind::While: {
        auto n = s->as<While>();
        open("While");
        f_expr("test", n->test);
        body_of("body", n->body);
        body_of("orelse", n->orelse);
        break;
      }
      case StmtKind::If: {
        auto n = s->as<If>();
        open("If");
        f_expr("test", n->test);
        body_of("body", n->body);
        body_of("orelse", n->orelse);
        break;
      }
      case StmtKind::With: {
        auto n = s->as<With>();
        open(n->is_async ? "AsyncWith" : "With");
        field("items");
        out += '[';
        for (size_t i = 0; i < n->items.size(); ++i) {
          if (i) out += ", ";
          open("withitem");
          f_expr("context_expr", n->items[i].context_expr);
          f_opt_expr("optional_vars", n->items[i].optional_vars);
          close();
        }
        out += ']';
        body_of("body", n->body);
        break;
      }
      case StmtKind::Match: {
        auto n = s->as<Match>();
        open("Match");
        f_expr("subject", n->subject);
        field("cases");
        out += '[';
        for (size_t i = 0; i < n->cases.size(); ++i) {
          if (i) out += ", ";
          const MatchCase* c = n->cases[i];
          open("match_case");
          field("pattern");
          pattern(c->pattern);
          f_opt_expr("guard", c->guard);
          body_of("body", c->body);
          close();
        }
        out += ']';
        break;
      }
      case StmtKind::Raise: {
        auto n = s->as<Raise>();
        open("Raise");
        f_opt_expr("exc", n->exc);
        f_opt_expr("cause", n->cause);
        break;
      }
      case StmtKind::Try: {
        auto n = s->as<Try>();
        open("Try");
        body_of("body", n->body);
        field("handlers");
        out += '[';
        for (size_t i = 0; i < n->handlers.size(); ++i) {
          if (i) out += ", ";
          const ExceptHandler* h = n->handlers[i];
          open("ExceptHandler");
          f_opt_expr("type", h->type);
          f_opt_str("name", h->name);
          body_of("body", h->body);
          close();
        }
        out += ']';
        body_of("orelse", n->orelse);
        body_of("finalbody", n->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto n = s->as<Assert>();
        open("Assert");
        f_expr("test", n->test);
        f_opt_expr("msg", n->msg);
        break;
      }
      case StmtKind::Import:
        open("Import");
        aliases(s->as<Import>()->names);
        break;
      case StmtKind::ImportFrom: {
        auto n = s->as<ImportFrom>();
        open("ImportFrom");
        f_opt_str("module", n->module);
        aliases(n->names);
        f_int("level", n->level);
        break;
      }
      case StmtKind::Global:
        open("Global");
        field("names");
        names(s->as<Global>()->names);
        break;
      case StmtKind::Nonlocal:
        open("Nonlocal");
        field("names");
        names(s->as<Nonlocal>()->names);
        break;
      case StmtKind::ExprStmt:
        open("Expr");
        f_expr("value", s->as<ExprStmt>()->value);
        break;
      case StmtKind::Pass: open("Pass"); break;
      case StmtKind::Break: open("Break"); break;
      case StmtKind::Continue: open("Continue"); break;
    }
    close();
    first_ = saved;
  }

 private:
  bool first_ = true;
};

}  // namespace

std::string dump(const Module& module) {
  Dumper d;
  d.module(module);
  return std::move(d.out);
}

std::string dump(const Expr* expr) {
  Dumper d;
  d.expr(expr);
  return std::move(d.out);
}

}  // namespace edge::compiler
