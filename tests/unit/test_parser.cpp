// The parser (compiler/parser.h) and ast.dump (compiler/ast.cpp).
//
// Most coverage is data-driven: tests/parser/cases/*.py must dump exactly as CPython
// 3.11's ast.dump(ast.parse(...)) (the .ast files), and tests/parser/errors/*.py must
// fail with CPython's exception class, message and line (the .err files); both are
// written by scripts/gen_ast_expected.py. The TEST_CASEs here cover what a dump cannot
// show (Constant payloads, spans, contexts), repr helpers, eval mode, error priority,
// nesting limits and robustness on garbage input.
#ifndef DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#define DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#endif
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/parser.h"

using namespace edge::compiler;

namespace {

struct Parsed {
  std::unique_ptr<SourceFile> source;
  std::unique_ptr<Module> module;
  std::optional<Diagnostic> error;
};

Parsed parse(const std::string& text) {
  Parsed p;
  p.source = std::make_unique<SourceFile>("<test>", text);
  Diagnostics d(*p.source);
  p.module = parse_module(*p.source, d);
  p.error = d.first();
  CHECK((p.module == nullptr) == d.failed());
  return p;
}

// The dump, or "Kind: message @line".
std::string outcome(const std::string& text) {
  Parsed p = parse(text);
  if (p.module) return dump(*p.module);
  return std::string(error_kind_name(p.error->kind)) + ": " + p.error->message + " @" + std::to_string(p.source->line_of(p.error->span.begin));
}

// The value of the only expression statement.
const Expr* only_expr(const Parsed& p) {
  REQUIRE(p.module);
  REQUIRE(p.module->body.size() == 1);
  REQUIRE(p.module->body[0]->kind == StmtKind::ExprStmt);
  return p.module->body[0]->as<ExprStmt>()->value;
}

std::string slice(const Parsed& p, Span s) { return p.source->text().substr(s.begin, s.end - s.begin); }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::filesystem::path> corpus(const char* folder) {
  std::vector<std::filesystem::path> files;
  std::filesystem::path dir = std::filesystem::path(EDGE_SOURCE_DIR) / "tests" / "parser" / folder;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".py") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("parser: corpus of valid programs matches CPython's ast.dump") {
  std::vector<std::filesystem::path> files = corpus("cases");
  CHECK(files.size() >= 150);
  int mismatches = 0;
  for (const auto& path : files) {
    std::string expected = read_file(std::filesystem::path(path).replace_extension(".ast"));
    REQUIRE_MESSAGE(!expected.empty(), "missing .ast for " << path.string());
    SourceFile source(path.filename().string(), read_file(path));
    Diagnostics d(source);
    std::unique_ptr<Module> module = parse_module(source, d);
    std::string got = module ? dump(*module) + "\n" : "error: " + d.first()->message + "\n";
    if (got != expected) {
      ++mismatches;
      size_t at = 0;
      while (at < got.size() && at < expected.size() && got[at] == expected[at]) ++at;
      size_t from = at > 80 ? at - 80 : 0;
      MESSAGE(path.filename().string() << " differs at byte " << at << "\n  got:      " << got.substr(from, 200)
                                       << "\n  expected: " << expected.substr(from, 200));
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("parser: corpus of syntax errors matches CPython's messages") {
  std::vector<std::filesystem::path> files = corpus("errors");
  CHECK(files.size() >= 100);
  int mismatches = 0;
  for (const auto& path : files) {
    std::string expected = read_file(std::filesystem::path(path).replace_extension(".err"));
    REQUIRE_MESSAGE(!expected.empty(), "missing .err for " << path.string());
    SourceFile source(path.filename().string(), read_file(path));
    Diagnostics d(source);
    std::unique_ptr<Module> module = parse_module(source, d);
    std::string got = "(parsed without error)\n";
    if (!module) {
      const Diagnostic& e = *d.first();
      got = std::string(error_kind_name(e.kind)) + ": " + e.message + "\nline " + std::to_string(source.line_of(e.span.begin)) + "\n";
    }
    if (got != expected) {
      ++mismatches;
      MESSAGE(path.filename().string() << "\n  got:      " << got << "  expected: " << expected);
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("parser: a few dumps") {
  CHECK(outcome("x = 1") == "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
  CHECK(outcome("") == "Module(body=[], type_ignores=[])");
  CHECK(outcome("print(x, end=\"\")") ==
        "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='x', ctx=Load())], "
        "keywords=[keyword(arg='end', value=Constant(value=''))]))], type_ignores=[])");
  CHECK(outcome("del a.b, c[0]") ==
        "Module(body=[Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Del()), "
        "Subscript(value=Name(id='c', ctx=Load()), slice=Constant(value=0), ctx=Del())])], type_ignores=[])");
  CHECK(outcome("from . import *") == "Module(body=[ImportFrom(names=[alias(name='*')], level=1)], type_ignores=[])");
  CHECK(outcome("f'{x=}'") ==
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), "
        "conversion=114)]))], type_ignores=[])");
  CHECK(outcome("match = 1\nmatch x:\n case _: pass") ==
        "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Match(subject=Name(id='x', "
        "ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])");
}

TEST_CASE("parser: constant payloads") {
  {
    Parsed p = parse("0X1_F");
    const Constant* c = only_expr(p)->as<Constant>();
    CHECK(c->value_kind == ConstantKind::Int);
    CHECK(c->text == "0x1F");  // underscores gone, prefix lowercased, digits kept
  }
  {
    Parsed p = parse("1_000");
    CHECK(only_expr(p)->as<Constant>()->text == "1000");
  }
  {
    Parsed p = parse("1.5e3");
    const Constant* c = only_expr(p)->as<Constant>();
    CHECK(c->value_kind == ConstantKind::Float);
    CHECK(c->number == 1500.0);
  }
  {
    Parsed p = parse("2.5j");
    const Constant* c = only_expr(p)->as<Constant>();
    CHECK(c->value_kind == ConstantKind::Complex);
    CHECK(c->number == 2.5);
  }
  {
    Parsed p = parse("1e400");
    CHECK(std::isinf(only_expr(p)->as<Constant>()->number));
  }
  {
    Parsed p = parse("u'a' 'b'");
    const Constant* c = only_expr(p)->as<Constant>();
    CHECK(c->value_kind == ConstantKind::Str);
    CHECK(c->text == "ab");
    CHECK(c->u_prefix);
  }
  {
    Parsed p = parse("'\\ud800\\u20ac'");
    CHECK(only_expr(p)->as<Constant>()->text == "\xED\xA0\x80\xE2\x82\xAC");  // WTF-8 surrogate
  }
  {
    Parsed p = parse("b'\\x00\\xff' rb'\\n'");
    const Constant* c = only_expr(p)->as<Constant>();
    CHECK(c->value_kind == ConstantKind::Bytes);
    CHECK(c->text == std::string("\x00\xff\\n", 4));
  }
  {
    Parsed p = parse("'''a\r\nb\rc'''");  // line ends inside literals become \n
    CHECK(only_expr(p)->as<Constant>()->text == "a\nb\nc");
  }
}

TEST_CASE("parser: spans") {
  {
    Parsed p = parse("(a) + b");
    const BinOp* b = only_expr(p)->as<BinOp>();
    CHECK(slice(p, b->span) == "(a) + b");
    CHECK(slice(p, b->left->span) == "a");
  }
  {
    Parsed p = parse("x = (1, 2)");
    CHECK(slice(p, p.module->body[0]->as<Assign>()->value->span) == "(1, 2)");
  }
  {
    // Expressions inside f-strings point into the original source.
    Parsed p = parse("s = 1\nf'ab{xyz + 1!r:>{width}}'");
    const JoinedStr* j = p.module->body[1]->as<ExprStmt>()->value->as<JoinedStr>();
    const FormattedValue* fv = j->values[1]->as<FormattedValue>();
    CHECK(slice(p, fv->value->span) == "xyz + 1");
    CHECK(p.source->line_col(fv->value->span.begin).line == 2);
    CHECK(p.source->line_col(fv->value->span.begin).column == 6);
    const FormattedValue* width = fv->format_spec->as<JoinedStr>()->values[1]->as<FormattedValue>();
    CHECK(slice(p, width->value->span) == "width");
  }
  {
    Parsed p = parse("if x:\n    y = 1\nelse:\n    z = 2\nw = 3\n");
    CHECK(slice(p, p.module->body[0]->span) == "if x:\n    y = 1\nelse:\n    z = 2");
    CHECK(p.source->line_of(p.module->body[1]->span.begin) == 5);
  }
  {
    Parsed p = parse("@d\ndef f(a): pass");
    const FunctionDef* f = p.module->body[0]->as<FunctionDef>();
    CHECK(p.source->line_of(f->span.begin) == 2);  // the `def` line, as in CPython
    CHECK(slice(p, f->name_span) == "f");
    CHECK(slice(p, f->args->args[0]->span) == "a");
  }
}

TEST_CASE("parser: expression contexts") {
  CHECK(outcome("a, [b, *c] = d") ==
        "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), List(elts=[Name(id='b', ctx=Store()), "
        "Starred(value=Name(id='c', ctx=Store()), ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='d', "
        "ctx=Load()))], type_ignores=[])");
  CHECK(outcome("a.b[c] = 1") ==
        "Module(body=[Assign(targets=[Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), "
        "slice=Name(id='c', ctx=Load()), ctx=Store())], value=Constant(value=1))], type_ignores=[])");
  CHECK(outcome("del (a, [b])") ==
        "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), List(elts=[Name(id='b', ctx=Del())], "
        "ctx=Del())], ctx=Del())])], type_ignores=[])");
  CHECK(outcome("[x for x, in y]") ==
        "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Tuple(elts=["
        "Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])");
}

TEST_CASE("parser: eval mode") {
  SourceFile source("<eval>", "a + b, c\n\n");
  Diagnostics d(source);
  std::unique_ptr<Module> m = parse_expression(source, d);
  REQUIRE(m);
  CHECK(dump(*m) ==
        "Module(body=[Expr(value=Tuple(elts=[BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', "
        "ctx=Load())), Name(id='c', ctx=Load())], ctx=Load()))], type_ignores=[])");
  SourceFile bad("<eval>", "x = 1");
  Diagnostics d2(bad);
  CHECK(parse_expression(bad, d2) == nullptr);
  CHECK(d2.first()->message == "invalid syntax");
}

TEST_CASE("parser: error priority between lexer and parser") {
  // A tokenizer error anywhere wins over a parser error (CPython scans the rest).
  CHECK(outcome("x = 1 2\ny = 'abc") == "SyntaxError: unterminated string literal (detected at line 2) @2");
  CHECK(outcome("f() = 1\nx = 0x") == "SyntaxError: invalid hexadecimal literal @2");
  // Indentation errors are only reported when reached.
  CHECK(outcome("x = 1 2\nif y:\n    a\n  b\n") == "SyntaxError: invalid syntax @1");
  CHECK(outcome("if y:\n    a\n  b\n") == "IndentationError: unindent does not match any outer indentation level @3");
  // An unclosed bracket wins over a parser error on a later line.
  CHECK(outcome("x = (1,\ny = 2\n") == "SyntaxError: '(' was never closed @1");
  // "unexpected indent" stands even with a tokenizer error further on.
  CHECK(outcome("x = 1\n    y = 2\nz = 1abc\n") == "IndentationError: unexpected indent @2");
  // Errors inside f-string fields get the "f-string: " prefix; tokenizer errors do not.
  CHECK(outcome("f'{a b}'") == "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? @1");
  CHECK(outcome("f'{1e}'") == "SyntaxError: invalid decimal literal @1");
}

TEST_CASE("parser: required error messages") {
  CHECK(outcome("x = 1 2") == "SyntaxError: invalid syntax @1");
  CHECK(outcome("f() = 1") == "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @1");
  CHECK(outcome("del f()") == "SyntaxError: cannot delete function call @1");
  CHECK(outcome("1 + 1 = 2") == "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? @1");
  CHECK(outcome("x = 1 = 2") == "SyntaxError: cannot assign to literal @1");
  CHECK(outcome("if x\n  pass") == "SyntaxError: expected ':' @1");
  CHECK(outcome("if x:\npass") == "IndentationError: expected an indented block after 'if' statement on line 1 @2");
  CHECK(outcome("f(a b)") == "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1");
  CHECK(outcome("  x") == "IndentationError: unexpected indent @1");
  CHECK(outcome("try:\n  pass\nexcept* E:\n  pass") == "SyntaxError: except* is not supported @3");
  CHECK(outcome("x = '\\N{BULLET}'") == "SyntaxError: \\N{BULLET} escapes are not supported @1");
  // Errors CPython raises after parsing are left to later passes.
  CHECK(outcome("return 1").rfind("Module(", 0) == 0);
  CHECK(outcome("yield 1").rfind("Module(", 0) == 0);
  CHECK(outcome("break").rfind("Module(", 0) == 0);
  CHECK(outcome("nonlocal x").rfind("Module(", 0) == 0);
  CHECK(outcome("def f(a, a): pass").rfind("Module(", 0) == 0);
  CHECK(outcome("x = *a").rfind("Module(", 0) == 0);
}

TEST_CASE("parser: nesting limits give a SyntaxError, not a crash") {
  CHECK(outcome("x = " + std::string(199, '(') + std::string(199, ')')).rfind("Module(", 0) == 0);
  CHECK(outcome("x = " + std::string(201, '(') + std::string(201, ')')) == "SyntaxError: too many nested parentheses @1");
  CHECK(outcome("x = " + std::string(100000, '-') + "1") == "SyntaxError: too many nested expressions @1");
  std::string nots;
  for (int i = 0; i < 100000; ++i) nots += "not ";
  CHECK(outcome(nots + "x") == "SyntaxError: too many nested expressions @1");
  std::string chain = "x = 1";
  for (int i = 0; i < 100000; ++i) chain += "+1";
  CHECK(outcome(chain) == "SyntaxError: too many nested expressions @1");
  std::string attrs = "x";
  for (int i = 0; i < 100000; ++i) attrs += ".a";
  CHECK(outcome(attrs) == "SyntaxError: too many nested expressions @1");
  std::string powers = "x = 2";
  for (int i = 0; i < 100000; ++i) powers += "**2";
  CHECK(outcome(powers) == "SyntaxError: too many nested expressions @1");
  std::string lambdas = "f = ";
  for (int i = 0; i < 100000; ++i) lambdas += "lambda:";
  CHECK(outcome(lambdas + "1") == "SyntaxError: too many nested expressions @1");
  std::string ternary = "x = ";
  for (int i = 0; i < 100000; ++i) ternary += "a if b else ";
  CHECK(outcome(ternary + "c") == "SyntaxError: too many nested expressions @1");
  std::string calls = "f";
  for (int i = 0; i < 100000; ++i) calls += "()";
  CHECK(outcome(calls) == "SyntaxError: too many nested expressions @1");
  std::string elifs = "if a: pass\n";
  for (int i = 0; i < 5000; ++i) elifs += "elif a: pass\n";
  CHECK(outcome(elifs) == "SyntaxError: too many nested statements @1001");
  // Up to the limit everything parses.
  std::string ok = "x = 1";
  for (int i = 0; i < kMaxExprDepth - 10; ++i) ok += "+1";
  CHECK(outcome(ok).rfind("Module(", 0) == 0);
  // Mixed nesting under brackets and operators.
  std::string mixed = "x = ";
  for (int i = 0; i < 190; ++i) mixed += "[-(";
  mixed += "1";
  for (int i = 0; i < 190; ++i) mixed += ")]";
  CHECK(outcome(mixed).rfind("SyntaxError: too many nested parentheses", 0) == 0);
}

TEST_CASE("parser: garbage input never crashes") {
  // Deterministic token soup: every input must give either a tree or one error.
  const char* pieces[] = {"(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", "+", "-", "*", "**", "/", "lambda ",
                          "if ", "else ", "for ", "in ", "not ", "and ", "yield ", "await ", "async ", "def ", "class ",
                          "match ", "case ", "_", "x", "1", "1.5", "'s'", "f'{x}'", "f'{", "}'", "\n", "\n    ", "\t",
                          "\\\n", "@", ".", "...", ":=", "->", "#c\n", "'''", "b'x'", "return ", "import ", "from ",
                          "as ", "with ", "try:", "except ", "finally:", "del ", "global ", "print "};
  uint32_t state = 12345;
  auto next = [&]() {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  int parsed = 0, failed = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int n = 1 + static_cast<int>(next() % 40);
    for (int i = 0; i < n; ++i) text += pieces[next() % (sizeof(pieces) / sizeof(pieces[0]))];
    SourceFile source("<fuzz>", text);
    Diagnostics d(source);
    std::unique_ptr<Module> m = parse_module(source, d);
    if (m) {
      ++parsed;
      CHECK(!dump(*m).empty());
    } else {
      ++failed;
      REQUIRE(d.failed());
      CHECK(!d.first()->message.empty());
      CHECK(d.first()->span.begin <= text.size());
    }
  }
  CHECK(parsed + failed == 3000);
}

TEST_CASE("ast: repr helpers") {
  CHECK(repr_float(1.0) == "1.0");
  CHECK(repr_float(0.1) == "0.1");
  CHECK(repr_float(1e16) == "1e+16");
  CHECK(repr_float(1e15) == "1000000000000000.0");
  CHECK(repr_float(1.5e-5) == "1.5e-05");
  CHECK(repr_float(0.0001) == "0.0001");
  CHECK(repr_float(123456789.123) == "123456789.123");
  CHECK(repr_float(5e-324) == "5e-324");
  CHECK(repr_float(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(repr_float(0.0) == "0.0");
  CHECK(repr_float(-0.0) == "-0.0");
  CHECK(repr_float(-2.5) == "-2.5");
  CHECK(repr_float(INFINITY) == "inf");
  CHECK(repr_float(NAN) == "nan");
  CHECK(repr_float(2.0, true) == "2");
  CHECK(repr_float(1e16, true) == "1e+16");
  CHECK(repr_float(1.5, true) == "1.5");

  CHECK(repr_str("abc") == "'abc'");
  CHECK(repr_str("it's") == "\"it's\"");
  CHECK(repr_str("'\"") == "'\\'\"'");
  CHECK(repr_str("a\\b\n\t\r") == "'a\\\\b\\n\\t\\r'");
  CHECK(repr_str(std::string("\x00\x1f\x7f", 3)) == "'\\x00\\x1f\\x7f'");
  CHECK(repr_str("\xC2\x80\xC2\xA0\xC3\xA9") == "'\\x80\\xa0\xC3\xA9'");  // U+0080, U+00A0 escaped; é kept
  CHECK(repr_str("\xE2\x80\xA8\xE2\x82\xAC") == "'\\u2028\xE2\x82\xAC'");
  CHECK(repr_str("\xED\xA0\x80") == "'\\ud800'");
  CHECK(repr_str("\xF3\xA0\x80\x81") == "'\\U000e0001'");

  CHECK(repr_bytes("abc") == "b'abc'");
  CHECK(repr_bytes("'") == "b\"'\"");
  CHECK(repr_bytes(std::string("\x00\x7f\x80\xff\\", 5)) == "b'\\x00\\x7f\\x80\\xff\\\\'");

  CHECK(std::string(binop_name(BinOpKind::FloorDiv)) == "FloorDiv");
  CHECK(std::string(binop_symbol(BinOpKind::MatMult)) == "@");
  CHECK(std::string(unaryop_name(UnaryOpKind::Invert)) == "Invert");
  CHECK(std::string(cmpop_name(CmpOpKind::IsNot)) == "IsNot");
}
