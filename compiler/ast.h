// The abstract syntax tree: what the parser produces and the scope pass and code
// generator consume. Node kinds and field names follow CPython's `ast` module (Python
// 3.11) one to one, so `dump()` can print a tree in exactly the format of
// `ast.dump(ast.parse(src))` and parser tests compare against CPython itself.
//
// Ownership: every node is allocated from an AstArena and lives as long as it; nodes
// point at each other with plain pointers. Node objects are never shared between two
// parents. Optional children are nullptr. Every node carries the byte Span it covers.
//
// Kinds are tagged with an enum (no RTTI); `as<T>()` checks the tag in debug builds.
#pragma once

#include <cassert>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source.h"

namespace edge::compiler {

// ---------------------------------------------------------------------------------------
// Enumerations shared by several nodes.

enum class ExprContext : uint8_t { Load, Store, Del };

enum class BoolOpKind : uint8_t { And, Or };

// Binary operators; the order is used by the code generator's operator table.
enum class BinOpKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
};

enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };

enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* binop_name(BinOpKind op);      // "Add", ... (the ast class name)
const char* binop_symbol(BinOpKind op);    // "+", ...
const char* unaryop_name(UnaryOpKind op);
const char* cmpop_name(CmpOpKind op);

// ---------------------------------------------------------------------------------------
// Expressions.

enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr,
  Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice,
};

struct Expr {
  ExprKind kind;
  Span span;
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;

  template <class T> T* as() {
    assert(kind == T::kKind);
    return static_cast<T*>(this);
  }
  template <class T> const T* as() const {
    assert(kind == T::kKind);
    return static_cast<const T*>(this);
  }
  template <class T> bool is() const { return kind == T::kKind; }
};

template <ExprKind K> struct ExprOf : Expr {
  static constexpr ExprKind kKind = K;
  ExprOf() : Expr(K) {}
};

struct Arguments;
struct Comprehension;
struct Keyword;

struct BoolOp : ExprOf<ExprKind::BoolOp> {
  BoolOpKind op = BoolOpKind::And;
  std::vector<Expr*> values;  // two or more
};
struct NamedExpr : ExprOf<ExprKind::NamedExpr> {
  Expr* target = nullptr;  // a Name in Store context
  Expr* value = nullptr;
};
struct BinOp : ExprOf<ExprKind::BinOp> {
  Expr* left = nullptr;
  BinOpKind op = BinOpKind::Add;
  Expr* right = nullptr;
};
struct UnaryOp : ExprOf<ExprKind::UnaryOp> {
  UnaryOpKind op = UnaryOpKind::Not;
  Expr* operand = nullptr;
};
struct Lambda : ExprOf<ExprKind::Lambda> {
  Arguments* args = nullptr;
  Expr* body = nullptr;
};
struct IfExp : ExprOf<ExprKind::IfExp> {
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};
struct Dict : ExprOf<ExprKind::Dict> {
  std::vector<Expr*> keys;    // nullptr key means `**values[i]`
  std::vector<Expr*> values;
};
struct Set : ExprOf<ExprKind::Set> {
  std::vector<Expr*> elts;
};
struct ListComp : ExprOf<ExprKind::ListComp> {
  Expr* elt = nullptr;
  std::vector<Comprehension*> generators;
};
struct SetComp : ExprOf<ExprKind::SetComp> {
  Expr* elt = nullptr;
  std::vector<Comprehension*> generators;
};
struct DictComp : ExprOf<ExprKind::DictComp> {
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::vector<Comprehension*> generators;
};
struct GeneratorExp : ExprOf<ExprKind::GeneratorExp> {
  Expr* elt = nullptr;
  std::vector<Comprehension*> generators;
};
struct Await : ExprOf<ExprKind::Await> {
  Expr* value = nullptr;
};
struct Yield : ExprOf<ExprKind::Yield> {
  Expr* value = nullptr;  // optional
};
struct YieldFrom : ExprOf<ExprKind::YieldFrom> {
  Expr* value = nullptr;
};
struct Compare : ExprOf<ExprKind::Compare> {
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;  // same length as ops
};
struct Call : ExprOf<ExprKind::Call> {
  Expr* func = nullptr;
  std::vector<Expr*> args;          // may contain Starred (`*x`)
  std::vector<Keyword*> keywords;   // Keyword with empty arg means `**x`
};
// One `{...}` replacement field of an f-string.
struct FormattedValue : ExprOf<ExprKind::FormattedValue> {
  Expr* value = nullptr;
  int conversion = -1;              // -1 none, or 's', 'r', 'a'
  Expr* format_spec = nullptr;      // optional JoinedStr
};
struct JoinedStr : ExprOf<ExprKind::JoinedStr> {
  std::vector<Expr*> values;        // Constant(str) and FormattedValue nodes
};

enum class ConstantKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

struct Constant : ExprOf<ExprKind::Constant> {
  ConstantKind value_kind = ConstantKind::None;
  // Int: the literal's digits with underscores removed and its base prefix kept
  //      ("123", "0x1f", "0o17", "0b101"); the VM converts it (it may be huge).
  // Str: the decoded value as UTF-8 (surrogates from \ud800-style escapes are encoded
  //      as WTF-8, three bytes each).
  // Bytes: the decoded raw bytes.
  std::string text;
  double number = 0.0;              // Float value, or the imaginary part of Complex
  // CPython records `u"..."` as kind='u' in the AST; dump() prints it.
  bool u_prefix = false;
};
struct Attribute : ExprOf<ExprKind::Attribute> {
  Expr* value = nullptr;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};
struct Subscript : ExprOf<ExprKind::Subscript> {
  Expr* value = nullptr;
  Expr* slice = nullptr;            // a Slice, a Tuple (for `a[1:2, 3]`) or any expression
  ExprContext ctx = ExprContext::Load;
};
struct Starred : ExprOf<ExprKind::Starred> {
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct Name : ExprOf<ExprKind::Name> {
  std::string id;
  ExprContext ctx = ExprContext::Load;
};
struct List : ExprOf<ExprKind::List> {
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};
struct Tuple : ExprOf<ExprKind::Tuple> {
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};
struct Slice : ExprOf<ExprKind::Slice> {
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

// ---------------------------------------------------------------------------------------
// Helper nodes (not expressions or statements).

struct Arg {
  Span span;
  std::string arg;
  Expr* annotation = nullptr;  // parsed, kept for dump(), ignored by codegen
};

struct Arguments {
  Span span;
  std::vector<Arg*> posonlyargs;
  std::vector<Arg*> args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;  // same length as kwonlyargs; nullptr = required
  Arg* kwarg = nullptr;
  std::vector<Expr*> defaults;     // for the last len(defaults) of posonlyargs + args
};

struct Keyword {
  Span span;
  std::string arg;                 // empty for `**value`
  Expr* value = nullptr;
};

struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};

struct Alias {
  Span span;
  std::string name;                // dotted for `import a.b`; "*" for `from m import *`
  std::string asname;              // empty when absent
};

struct Stmt;

struct ExceptHandler {
  Span span;
  Expr* type = nullptr;            // optional
  std::string name;                // empty when absent
  std::vector<Stmt*> body;
};

struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;   // optional
};

// ---------------------------------------------------------------------------------------
// Patterns (match statement).

enum class PatternKind : uint8_t {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr,
};

struct Pattern {
  PatternKind kind;
  Span span;
  explicit Pattern(PatternKind k) : kind(k) {}
  virtual ~Pattern() = default;
  template <class T> T* as() {
    assert(kind == T::kKind);
    return static_cast<T*>(this);
  }
  template <class T> const T* as() const {
    assert(kind == T::kKind);
    return static_cast<const T*>(this);
  }
};
template <PatternKind K> struct PatternOf : Pattern {
  static constexpr PatternKind kKind = K;
  PatternOf() : Pattern(K) {}
};

struct MatchValue : PatternOf<PatternKind::MatchValue> {
  Expr* value = nullptr;
};
struct MatchSingleton : PatternOf<PatternKind::MatchSingleton> {
  ConstantKind value = ConstantKind::None;  // None, True or False
};
struct MatchSequence : PatternOf<PatternKind::MatchSequence> {
  std::vector<Pattern*> patterns;
};
struct MatchMapping : PatternOf<PatternKind::MatchMapping> {
  std::vector<Expr*> keys;
  std::vector<Pattern*> patterns;
  std::string rest;                // empty when absent
};
struct MatchClass : PatternOf<PatternKind::MatchClass> {
  Expr* cls = nullptr;
  std::vector<Pattern*> patterns;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
};
struct MatchStar : PatternOf<PatternKind::MatchStar> {
  std::string name;                // empty for `*_`
};
struct MatchAs : PatternOf<PatternKind::MatchAs> {
  Pattern* pattern = nullptr;      // optional
  std::string name;                // empty for `_`
};
struct MatchOr : PatternOf<PatternKind::MatchOr> {
  std::vector<Pattern*> patterns;
};

struct MatchCase {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;           // optional
  std::vector<Stmt*> body;
};

// ---------------------------------------------------------------------------------------
// Statements.

enum class StmtKind : uint8_t {
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If, With,
  Match, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass, Break, Continue,
};

struct Stmt {
  StmtKind kind;
  Span span;
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
  template <class T> T* as() {
    assert(kind == T::kKind);
    return static_cast<T*>(this);
  }
  template <class T> const T* as() const {
    assert(kind == T::kKind);
    return static_cast<const T*>(this);
  }
  template <class T> bool is() const { return kind == T::kKind; }
};
template <StmtKind K> struct StmtOf : Stmt {
  static constexpr StmtKind kKind = K;
  StmtOf() : Stmt(K) {}
};

// `def` and `async def` (ast.FunctionDef / ast.AsyncFunctionDef).
struct FunctionDef : StmtOf<StmtKind::FunctionDef> {
  std::string name;
  std::string binding;             // the variable it is stored in: `name`, mangled in a class
  Span name_span;
  Arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;         // annotation, optional
  bool is_async = false;
};
struct ClassDef : StmtOf<StmtKind::ClassDef> {
  std::string name;
  std::string binding;             // the variable it is stored in: `name`, mangled in a class
  Span name_span;
  std::vector<Expr*> bases;
  std::vector<Keyword*> keywords;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
};
struct Return : StmtOf<StmtKind::Return> {
  Expr* value = nullptr;           // optional
};
struct Delete : StmtOf<StmtKind::Delete> {
  std::vector<Expr*> targets;
};
struct Assign : StmtOf<StmtKind::Assign> {
  std::vector<Expr*> targets;      // `a = b = v` has two targets
  Expr* value = nullptr;
};
struct AugAssign : StmtOf<StmtKind::AugAssign> {
  Expr* target = nullptr;
  BinOpKind op = BinOpKind::Add;
  Expr* value = nullptr;
};
struct AnnAssign : StmtOf<StmtKind::AnnAssign> {
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;           // optional
  bool simple = true;              // target is a plain Name not in parentheses
};
// `for` and `async for`.
struct For : StmtOf<StmtKind::For> {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
  bool is_async = false;
};
struct While : StmtOf<StmtKind::While> {
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};
struct If : StmtOf<StmtKind::If> {
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;       // `elif` is a nested If here, as in CPython
};
// `with` and `async with`.
struct With : StmtOf<StmtKind::With> {
  std::vector<WithItem> items;
  std::vector<Stmt*> body;
  bool is_async = false;
};
struct Match : StmtOf<StmtKind::Match> {
  Expr* subject = nullptr;
  std::vector<MatchCase*> cases;
};
struct Raise : StmtOf<StmtKind::Raise> {
  Expr* exc = nullptr;             // optional
  Expr* cause = nullptr;           // optional
};
struct Try : StmtOf<StmtKind::Try> {
  std::vector<Stmt*> body;
  std::vector<ExceptHandler*> handlers;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
};
struct Assert : StmtOf<StmtKind::Assert> {
  Expr* test = nullptr;
  Expr* msg = nullptr;             // optional
};
struct Import : StmtOf<StmtKind::Import> {
  std::vector<Alias*> names;
};
struct ImportFrom : StmtOf<StmtKind::ImportFrom> {
  std::string module;              // empty for `from . import x`
  std::vector<Alias*> names;
  int level = 0;                   // number of leading dots
};
struct Global : StmtOf<StmtKind::Global> {
  std::vector<std::string> names;
};
struct Nonlocal : StmtOf<StmtKind::Nonlocal> {
  std::vector<std::string> names;
};
// An expression statement (ast.Expr).
struct ExprStmt : StmtOf<StmtKind::ExprStmt> {
  Expr* value = nullptr;
};
struct Pass : StmtOf<StmtKind::Pass> {};
struct Break : StmtOf<StmtKind::Break> {};
struct Continue : StmtOf<StmtKind::Continue> {};

// ---------------------------------------------------------------------------------------
// The arena and the tree root.

class AstArena {
 public:
  // A default-constructed node of type T covering `span`.
  template <class T> T* make(Span span) {
    auto node = std::make_unique<Holder<T>>();
    T* raw = &node->value;
    set_span(raw, span);
    nodes_.push_back(std::move(node));
    return raw;
  }

 private:
  struct HolderBase {
    virtual ~HolderBase() = default;
  };
  template <class T> struct Holder : HolderBase {
    T value{};
  };
  template <class T> static void set_span(T* node, Span span) {
    if constexpr (requires { node->span; }) node->span = span;
  }
  std::vector<std::unique_ptr<HolderBase>> nodes_;
};

// A parsed file (ast.Module). Owns every node through its arena.
struct Module {
  AstArena arena;
  std::vector<Stmt*> body;
};

// ast.dump(tree) format (Python 3.11, default arguments: no attributes, no indent).
std::string dump(const Module& module);
std::string dump(const Expr* expr);

// Python's repr() of constants, as dump() prints them: a str given as UTF-8 (WTF-8
// surrogates allowed), bytes, and a float (`complex_part`: the imaginary part of a
// complex, printed without a trailing ".0" like complex.__repr__ does).
std::string repr_str(std::string_view s);
std::string repr_bytes(std::string_view s);
std::string repr_float(double d, bool complex_part = false);

}  // namespace edge::compiler
