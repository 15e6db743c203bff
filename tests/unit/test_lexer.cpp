// The lexer (compiler/lexer.h): token streams for every kind of token and layout rule,
// and every error message with its class, line and whether it is a "hard" error
// (one that outranks parser errors). Expected messages are CPython 3.11's.
#ifndef DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#define DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#endif
#include <doctest/doctest.h>

#include <string>

#include "compiler/lexer.h"

using namespace edge::compiler;

namespace {

// "Name(x) Equal Number(1) Newline EndMarker": kinds, with the text of names,
// numbers, strings and unknown characters.
std::string tokens(const std::string& text, LexOptions options = {}) {
  SourceFile source("<test>", text);
  LexResult r = lex(source, options);
  std::string out;
  for (const Token& t : r.tokens) {
    if (!out.empty()) out += ' ';
    out += token_kind_id(t.kind);
    if (t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String || t.kind == TokenKind::Unknown) {
      out += '(';
      out += source.text().substr(t.span.begin, t.span.end - t.span.begin);
      out += ')';
    }
  }
  return out;
}

// "SyntaxError: message @line" for a source that fails to lex, "" otherwise.
std::string error(const std::string& text, bool* hard = nullptr) {
  SourceFile source("<test>", text);
  LexResult r = lex(source);
  if (!r.error) return "";
  CHECK(r.tokens.back().kind == TokenKind::Error);
  if (hard) *hard = r.hard_error;
  return std::string(error_kind_name(r.error->kind)) + ": " + r.error->message + " @" + std::to_string(source.line_of(r.error->span.begin));
}

}  // namespace

TEST_CASE("lexer: names, keywords and soft keywords") {
  CHECK(tokens("x = y") == "Name(x) Equal Name(y) Newline EndMarker");
  CHECK(tokens("if else elif while for in not and or is") == "If Else Elif While For In Not And Or Is Newline EndMarker");
  CHECK(tokens("False None True async await lambda yield") == "False None True Async Await Lambda Yield Newline EndMarker");
  CHECK(tokens("def class return pass break continue") == "Def Class Return Pass Break Continue Newline EndMarker");
  CHECK(tokens("import from as global nonlocal del assert raise try except finally with") ==
        "Import From As Global Nonlocal Del Assert Raise Try Except Finally With Newline EndMarker");
  // Soft keywords are names; so are near-keywords.
  CHECK(tokens("match case _ print exec Else iff") ==
        "Name(match) Name(case) Name(_) Name(print) Name(exec) Name(Else) Name(iff) Newline EndMarker");
  CHECK(tokens("_private __dunder__ x1 _1") == "Name(_private) Name(__dunder__) Name(x1) Name(_1) Newline EndMarker");
}

TEST_CASE("lexer: unicode identifiers") {
  CHECK(tokens("é = 日本") == "Name(é) Equal Name(日本) Newline EndMarker");
  CHECK(error("x٣ = 1").empty());         // Arabic-Indic digit may continue a name
  CHECK(error("x·y = 1").empty());        // U+00B7 is XID_Continue
  CHECK(error("x = €") == "SyntaxError: invalid character '€' (U+20AC) @1");
  CHECK(error("a€b = 1") == "SyntaxError: invalid character '€' (U+20AC) @1");
  CHECK(error("x = 😀") == "SyntaxError: invalid character '😀' (U+1F600) @1");
  CHECK(error("٣ = 1") == "SyntaxError: invalid character '٣' (U+0663) @1");
  CHECK(error("x\u00a0= 1") == "SyntaxError: invalid non-printable character U+00A0 @1");
  CHECK(error("x = \u200b1") == "SyntaxError: invalid non-printable character U+200B @1");
  CHECK(error("\n\x01") == "SyntaxError: invalid non-printable character U+0001 @2");
  bool hard = false;
  CHECK(error("x = €", &hard) != "");
  CHECK(hard);
}

TEST_CASE("lexer: operators") {
  CHECK(tokens("+ - * / % ** // @ << >> & | ^ ~") ==
        "Plus Minus Star Slash Percent DoubleStar DoubleSlash At LeftShift RightShift Amper VBar Circumflex Tilde Newline EndMarker");
  CHECK(tokens("+= -= *= /= %= **= //= @= <<= >>= &= |= ^=") ==
        "PlusEqual MinEqual StarEqual SlashEqual PercentEqual DoubleStarEqual DoubleSlashEqual AtEqual LeftShiftEqual "
        "RightShiftEqual AmperEqual VBarEqual CircumflexEqual Newline EndMarker");
  CHECK(tokens("< > <= >= == != = := -> . ... , ; :") ==
        "Less Greater LessEqual GreaterEqual EqEqual NotEqual Equal ColonEqual RArrow Dot Ellipsis Comma Semicolon Colon "
        "Newline EndMarker");
  CHECK(tokens("a.b..c") == "Name(a) Dot Name(b) Dot Dot Name(c) Newline EndMarker");
  CHECK(tokens("x[...]") == "Name(x) LBracket Ellipsis RBracket Newline EndMarker");
  CHECK(tokens("**=*") == "DoubleStarEqual Star Newline EndMarker");
  // Characters that start no token reach the parser as Unknown ("invalid syntax").
  CHECK(tokens("$ ? ` !") == "Unknown($) Unknown(?) Unknown(`) Unknown(!) Newline EndMarker");
  CHECK(tokens("1 <> 2") == "Number(1) Unknown(<>) Number(2) Newline EndMarker");
}

TEST_CASE("lexer: numbers") {
  CHECK(tokens("0 00 0_0 123 1_000") == "Number(0) Number(00) Number(0_0) Number(123) Number(1_000) Newline EndMarker");
  CHECK(tokens("0x1f 0XFF 0o17 0O7 0b101 0B1 0x_a 0o_7 0b_1") ==
        "Number(0x1f) Number(0XFF) Number(0o17) Number(0O7) Number(0b101) Number(0B1) Number(0x_a) Number(0o_7) "
        "Number(0b_1) Newline EndMarker");
  CHECK(tokens("1.5 .5 5. 1e10 1E-5 1.5e+3 1_0.0_1 007.5 01e3 0e0") ==
        "Number(1.5) Number(.5) Number(5.) Number(1e10) Number(1E-5) Number(1.5e+3) Number(1_0.0_1) Number(007.5) "
        "Number(01e3) Number(0e0) Newline EndMarker");
  CHECK(tokens("1j 2.5J 01j .5j 1e5j") == "Number(1j) Number(2.5J) Number(01j) Number(.5j) Number(1e5j) Newline EndMarker");
  // A literal may run into the keywords CPython 3.11 still tolerates there.
  CHECK(tokens("1if x else 2") == "Number(1) If Name(x) Else Number(2) Newline EndMarker");
  CHECK(tokens("1or 2") == "Number(1) Or Number(2) Newline EndMarker");
  CHECK(tokens("0x1for") == "Number(0x1f) Or Newline EndMarker");
  CHECK(tokens("1else") == "Number(1) Else Newline EndMarker");
  CHECK(tokens("1..real") == "Number(1.) Dot Name(real) Newline EndMarker");
}

TEST_CASE("lexer: number errors") {
  CHECK(error("x = 1abc") == "SyntaxError: invalid decimal literal @1");
  CHECK(error("x = 1e") == "SyntaxError: invalid decimal literal @1");
  CHECK(error("x = 1e+") == "SyntaxError: invalid decimal literal @1");
  CHECK(error("x = 1__0") == "SyntaxError: invalid decimal literal @1");
  CHECK(error("x = 1_") == "SyntaxError: invalid decimal literal @1");
  CHECK(error("x = 1_.5") == "SyntaxError: invalid decimal literal @1");
  CHECK(error("x = 1._5") == "SyntaxError: invalid decimal literal @1");
  CHECK(error("x = 1.5abc") == "SyntaxError: invalid decimal literal @1");
  CHECK(error("x = 0x") == "SyntaxError: invalid hexadecimal literal @1");
  CHECK(error("x = 0x_") == "SyntaxError: invalid hexadecimal literal @1");
  CHECK(error("x = 0x1g") == "SyntaxError: invalid hexadecimal literal @1");
  CHECK(error("x = 0x1__2") == "SyntaxError: invalid hexadecimal literal @1");
  CHECK(error("x = 0o") == "SyntaxError: invalid octal literal @1");
  CHECK(error("x = 0o8") == "SyntaxError: invalid digit '8' in octal literal @1");
  CHECK(error("x = 0o18") == "SyntaxError: invalid digit '8' in octal literal @1");
  CHECK(error("x = 0b") == "SyntaxError: invalid binary literal @1");
  CHECK(error("x = 0b2") == "SyntaxError: invalid digit '2' in binary literal @1");
  CHECK(error("x = 0b1_") == "SyntaxError: invalid binary literal @1");
  CHECK(error("x = 1jx") == "SyntaxError: invalid imaginary literal @1");
  CHECK(error("x = 01") ==
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1");
  CHECK(error("x = 0_7") ==
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1");
  CHECK(error("x = 09") ==
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1");
}

TEST_CASE("lexer: strings") {
  CHECK(tokens("'a' \"b\" '''c''' \"\"\"d\"\"\"") == "String('a') String(\"b\") String('''c''') String(\"\"\"d\"\"\") Newline EndMarker");
  CHECK(tokens("r'a' u'b' b'c' f'd' R'e' U'f' B'g' F'h'") ==
        "String(r'a') String(u'b') String(b'c') String(f'd') String(R'e') String(U'f') String(B'g') String(F'h') Newline "
        "EndMarker");
  CHECK(tokens("rb'a' br'b' Rb'c' bR'd' fr'e' rf'f' FR'g' rF'h'") ==
        "String(rb'a') String(br'b') String(Rb'c') String(bR'd') String(fr'e') String(rf'f') String(FR'g') String(rF'h') "
        "Newline EndMarker");
  // Not prefixes: the name and the string are separate tokens.
  CHECK(tokens("ub'x' bf'y' rr'z'") == "Name(ub) String('x') Name(bf) String('y') Name(rr) String('z') Newline EndMarker");
  CHECK(tokens("'it\\'s' \"a\\\"b\"") == "String('it\\'s') String(\"a\\\"b\") Newline EndMarker");
  CHECK(tokens("'''a\n'b'\n\"c\"'''") == "String('''a\n'b'\n\"c\"''') Newline EndMarker");
  CHECK(tokens("'a\\\nb'") == "String('a\\\nb') Newline EndMarker");
  CHECK(tokens("''''''") == "String('''''') Newline EndMarker");
  CHECK(tokens("'' \"\"") == "String('') String(\"\") Newline EndMarker");
  // In 3.11 an f-string is one token, nested quotes of the other kind included.
  CHECK(tokens("f'{x[\"a\"]}'") == "String(f'{x[\"a\"]}') Newline EndMarker");
}

TEST_CASE("lexer: string errors") {
  CHECK(error("x = 'abc") == "SyntaxError: unterminated string literal (detected at line 1) @1");
  CHECK(error("x = 'abc\ny = 2") == "SyntaxError: unterminated string literal (detected at line 1) @1");
  CHECK(error("x = \"abc\\\ndef") == "SyntaxError: unterminated string literal (detected at line 2) @1");
  CHECK(error("x = 1\ny = '''abc\n\nz") == "SyntaxError: unterminated triple-quoted string literal (detected at line 4) @2");
  CHECK(error("'''abc\n") == "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @1");
  CHECK(error("\"\"\"abc\n\n") == "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1");
  bool hard = false;
  CHECK(!error("'abc", &hard).empty());
  CHECK(hard);
}

TEST_CASE("lexer: indentation") {
  CHECK(tokens("if x:\n    y\nz\n") == "If Name(x) Colon Newline Indent Name(y) Newline Dedent Name(z) Newline EndMarker");
  CHECK(tokens("if a:\n  if b:\n    c\nd") ==
        "If Name(a) Colon Newline Indent If Name(b) Colon Newline Indent Name(c) Newline Dedent Dedent Name(d) Newline "
        "EndMarker");
  // Dedents to the end of file come before EndMarker.
  CHECK(tokens("if a:\n  if b:\n    c\n") ==
        "If Name(a) Colon Newline Indent If Name(b) Colon Newline Indent Name(c) Newline Dedent Dedent EndMarker");
  // Blank lines and comment-only lines do not matter, whatever their indentation.
  CHECK(tokens("if a:\n\n      # odd\n    b\n\n  \n# c\n    c\n") ==
        "If Name(a) Colon Newline Indent Name(b) Newline Name(c) Newline Dedent EndMarker");
  // Tabs advance to multiples of eight; consistent mixing is allowed.
  CHECK(tokens("if a:\n\tb\n\tc\n") == "If Name(a) Colon Newline Indent Name(b) Newline Name(c) Newline Dedent EndMarker");
  CHECK(error("if a:\n        b\n        \tc\n").empty());
  // A form feed resets the column.
  CHECK(tokens("if a:\n\f    b\n    c\n") == "If Name(a) Colon Newline Indent Name(b) Newline Name(c) Newline Dedent EndMarker");
  // Inside brackets neither NEWLINE nor indentation exists.
  CHECK(tokens("x = (1,\n        2,\n  3)\ny") ==
        "Name(x) Equal LParen Number(1) Comma Number(2) Comma Number(3) RParen Newline Name(y) Newline EndMarker");
  CHECK(tokens("f(a,  # c\n\n  b)") == "Name(f) LParen Name(a) Comma Name(b) RParen Newline EndMarker");
  // Backslash continuation joins lines; the next line's indentation is irrelevant.
  CHECK(tokens("x = 1 + \\\n        2\ny") == "Name(x) Equal Number(1) Plus Number(2) Newline Name(y) Newline EndMarker");
  CHECK(tokens("if a:\n    b = \\\n1\n") == "If Name(a) Colon Newline Indent Name(b) Equal Number(1) Newline Dedent EndMarker");
}

TEST_CASE("lexer: indentation errors") {
  CHECK(error("if x:\n    a\n  b\n") == "IndentationError: unindent does not match any outer indentation level @3");
  CHECK(error("if x:\n\ta\n        b\n") == "TabError: inconsistent use of tabs and spaces in indentation @3");
  CHECK(error("if x:\n        a\n\tb\n") == "TabError: inconsistent use of tabs and spaces in indentation @3");
  CHECK(error("if 1:\n \ta\n\t b\n") == "TabError: inconsistent use of tabs and spaces in indentation @3");
  std::string deep;
  for (int i = 0; i < 101; ++i) deep += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  CHECK(error(deep + std::string(101, ' ') + "pass\n") == "IndentationError: too many levels of indentation @101");
  bool hard = true;
  CHECK(!error("if x:\n    a\n  b\n", &hard).empty());
  CHECK_FALSE(hard);  // reported only when the parser gets there
  // "unexpected indent" is the parser's: the lexer just emits INDENT.
  CHECK(tokens("  x") == "Indent Name(x) Newline Dedent EndMarker");
}

TEST_CASE("lexer: line endings, BOM, end of file") {
  CHECK(tokens("a\r\nb\rc\n") == "Name(a) Newline Name(b) Newline Name(c) Newline EndMarker");
  CHECK(tokens("if a:\r\n    b\r\n") == "If Name(a) Colon Newline Indent Name(b) Newline Dedent EndMarker");
  CHECK(tokens("\xEF\xBB\xBFx = 1") == "Name(x) Equal Number(1) Newline EndMarker");
  // An implicit NEWLINE ends a last line without a line break.
  CHECK(tokens("x") == "Name(x) Newline EndMarker");
  CHECK(tokens("x # comment") == "Name(x) Newline EndMarker");
  CHECK(tokens("") == "EndMarker");
  CHECK(tokens("\n\n  \n# only comments\n") == "EndMarker");
  // The end of input sits on the last line, before its line break (CPython's errors
  // at end of file name that line).
  SourceFile source("<test>", "if x:\n\n");
  LexResult r = lex(source);
  CHECK(source.line_of(r.tokens.back().span.begin) == 2);
}

TEST_CASE("lexer: continuation and bracket errors") {
  CHECK(error("x = 1 + \\ 2") == "SyntaxError: unexpected character after line continuation character @1");
  CHECK(error("x = 1 + \\") == "SyntaxError: unexpected EOF while parsing @1");
  CHECK(error("x = 1 + \\\n") == "SyntaxError: unexpected EOF while parsing @1");
  CHECK(error("x = 1)") == "SyntaxError: unmatched ')' @1");
  CHECK(error("]") == "SyntaxError: unmatched ']' @1");
  CHECK(error("x = (1, 2]") == "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1");
  CHECK(error("x = (1,\n 2]") == "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2");
  CHECK(error("x = {1: 2)") == "SyntaxError: closing parenthesis ')' does not match opening parenthesis '{' @1");
  CHECK(error("x = (1,\n2\n") == "SyntaxError: '(' was never closed @1");
  CHECK(error("f([1, (2\n") == "SyntaxError: '(' was never closed @1");
  CHECK(error(std::string(201, '(')) == "SyntaxError: too many nested parentheses @1");
  CHECK(error(std::string(200, '[') + std::string(200, ']')).empty());

  // Which errors outrank parser errors (see lexer.h).
  bool hard = false;
  CHECK(!error("x = (1,\n", &hard).empty());
  CHECK_FALSE(hard);
  CHECK(!error("x = 1)", &hard).empty());
  CHECK(hard);
  SourceFile source("<test>", "f(a,\n  \\ b");
  LexResult r = lex(source);
  REQUIRE(r.error);
  REQUIRE(r.open_bracket);
  CHECK(r.open_bracket->begin == 1);
}

TEST_CASE("lexer: encoding errors") {
  CHECK(error("x = 1\n\xff\n") == "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 6: invalid start byte @2");
  CHECK(error("x = '\xc3('") ==
        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 5: invalid continuation byte @1");
  CHECK(error("x = '\xe2\x82") ==
        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe2 in position 5: unexpected end of data @1");
  CHECK(error(std::string("x = 1\0", 6)) == "SyntaxError: source code cannot contain null bytes @1");
}

TEST_CASE("lexer: sub-range for an f-string field") {
  // Lexing bytes 3..9 of the source as an expression: spans stay file offsets and no
  // NEWLINE or indentation tokens appear.
  std::string text = "f'{a +\n b}'";
  LexOptions options;
  options.begin = 3;
  options.end = 9;
  options.expression_only = true;
  CHECK(tokens(text, options) == "Name(a) Plus Name(b) EndMarker");
  SourceFile source("<test>", text);
  LexResult r = lex(source, options);
  CHECK(r.tokens[0].span.begin == 3);
  CHECK(r.tokens[2].span.begin == 8);
}

TEST_CASE("lexer: token names") {
  CHECK(std::string(token_kind_name(TokenKind::DoubleStarEqual)) == "**=");
  CHECK(std::string(token_kind_name(TokenKind::Def)) == "def");
  CHECK(std::string(token_kind_name(TokenKind::Name)) == "name");
  CHECK(std::string(token_kind_id(TokenKind::ColonEqual)) == "ColonEqual");
  CHECK(keyword_kind("nonlocal") == TokenKind::Nonlocal);
  CHECK(keyword_kind("match") == TokenKind::Name);
  CHECK(keyword_kind("Trues") == TokenKind::Name);
  CHECK(is_keyword(TokenKind::Yield));
  CHECK_FALSE(is_keyword(TokenKind::Name));
}

TEST_CASE("lexer: unicode classification") {
  CHECK(is_identifier_start('a'));
  CHECK_FALSE(is_identifier_start('1'));
  CHECK(is_identifier_continue('1'));
  CHECK(is_identifier_start(0x00E9));   // é
  CHECK_FALSE(is_identifier_start(0x0663));
  CHECK(is_identifier_continue(0x0663));
  CHECK_FALSE(is_identifier_continue(0x20AC));
  CHECK(is_printable(0x00E9));
  CHECK_FALSE(is_printable(0x00A0));
  CHECK_FALSE(is_printable(0x0378));    // unassigned
  CHECK_FALSE(is_printable(0xD800));
  int len = 0;
  CHECK(decode_utf8("\xE2\x82\xAC", 0, &len) == 0x20AC);
  CHECK(len == 3);
  CHECK(decode_utf8("\xED\xA0\x80", 0, &len) == -1);  // surrogates are not UTF-8
  CHECK(decode_utf8("\xC0\x80", 0, &len) == -1);      // overlong
  std::string s;
  append_utf8(s, 0x1F600);
  CHECK(s == "\xF0\x9F\x98\x80");
}
