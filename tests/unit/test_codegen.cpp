// Code generator invariants, checked on every program of the Python corpus: for each
// code object, a data-flow walk over all paths (fall-through, jumps, exception
// handlers) must find a consistent stack depth at every instruction, never below
// zero, never above the code's stacksize; every jump lands inside the code; every
// exception-table entry is well formed. Plus a few targeted disassembly checks.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "compiler/compile.h"
#include "vm/code.h"
#include "vm/opcodes.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/str.h"
#include "vm/vm.h"

using namespace edge;

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Returns an empty string if `code` (and its nested code objects) is consistent,
// else a description of the first problem.
std::string verify(const vm::Code* code) {
  const auto& ins = code->instructions;
  size_t n = ins.size();
  std::vector<int> depth(n, -1);
  std::vector<size_t> work;
  auto reach = [&](size_t at, int d, size_t from) -> std::string {
    if (at >= n) return "jump out of range at " + std::to_string(from);
    if (d < 0) return "negative stack depth at " + std::to_string(from);
    if (d > static_cast<int>(code->stacksize)) {
      return "depth " + std::to_string(d) + " exceeds stacksize " + std::to_string(code->stacksize) + " at " +
             std::to_string(at);
    }
    if (depth[at] == -1) {
      depth[at] = d;
      work.push_back(at);
    } else if (depth[at] != d) {
      return "inconsistent depth at " + std::to_string(at) + ": " + std::to_string(depth[at]) + " vs " +
             std::to_string(d) + " (from " + std::to_string(from) + ")";
    }
    return "";
  };
  if (n == 0) return "empty code";
  std::string err = reach(0, 0, 0);
  if (!err.empty()) return err;
  while (!work.empty()) {
    size_t at = work.back();
    work.pop_back();
    vm::Op op = vm::decode_op(ins[at]);
    uint32_t arg = vm::decode_arg(ins[at]);
    int d = depth[at];
    vm::Flow flow = vm::op_flow(op);
    if (flow == vm::Flow::Next || flow == vm::Flow::Jump) {
      err = reach(at + 1, d + vm::stack_effect(op, arg, false), at);
      if (!err.empty()) return err;
    }
    if (flow == vm::Flow::Jump || flow == vm::Flow::Goto) {
      err = reach(arg, d + vm::stack_effect(op, arg, true), at);
      if (!err.empty()) return err;
    }
    if (const vm::ExceptionTableEntry* h = code->find_handler(static_cast<uint32_t>(at))) {
      if (static_cast<int>(h->depth) > d) {
        return "handler depth " + std::to_string(h->depth) + " above the stack depth " + std::to_string(d) + " at " +
               std::to_string(at);
      }
      err = reach(h->handler, static_cast<int>(h->depth) + 1, at);
      if (!err.empty()) return err;
    }
  }
  for (const auto& e : code->exception_table) {
    if (e.start >= e.end || e.end > n || e.handler >= n) return "malformed exception table entry";
  }
  if (code->lines.size() != n) return "line table size mismatch";
  for (vm::Value c : code->constants) {
    if (vm::is_code(c)) {
      std::string nested = verify(vm::as_code(c));
      if (!nested.empty()) return std::string(vm::as_code(c)->qualname->view()) + ": " + nested;
    }
  }
  return "";
}

vm::Code* compile(vm::VM& vm, const std::string& path, const std::string& text) {
  auto source = std::make_shared<compiler::SourceFile>(path, text);
  vm::Fallible<vm::Code*> code = compiler::compile_module(vm, source);
  if (code.failed()) {
    (void)vm.take_pending_exception();
    return nullptr;
  }
  return code.value();
}

}  // namespace

TEST_CASE("every corpus program compiles to consistent bytecode") {
  vm::VM vm({});
  size_t checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(EDGE_SOURCE_DIR "/tests/py")) {
    if (entry.path().extension() != ".py") continue;
    std::string text = read_file(entry.path());
    vm::Code* code = compile(vm, entry.path().string(), text);
    if (code == nullptr) continue;  // programs that test SyntaxErrors
    std::string problem = verify(code);
    INFO(entry.path().string());
    CHECK(problem == "");
    ++checked;
  }
  CHECK(checked > 300);
  MESSAGE("verified " << checked << " programs");
}

TEST_CASE("try/finally, with and loops unwind consistently") {
  vm::VM vm({});
  const char* programs[] = {
      "def f(x):\n  for i in x:\n    try:\n      if i: return i\n      continue\n    finally:\n      print(i)\n",
      "def f(m):\n  while True:\n    with m as v:\n      try:\n        break\n      except E as e:\n        return e\n",
      "def f():\n  try:\n    pass\n  except (A, B) as e:\n    raise\n  else:\n    return 1\n  finally:\n    return 2\n",
      "x = [a for b in c if b for a in b]\ny = {k: v for k, v in z}\ng = (i for i in range(3))\n",
      "def f(*a, b=1, **k):\n  a, *rest, z = k\n  del rest\n  return f(*a, **k, b=2)\n",
  };
  for (const char* p : programs) {
    vm::Code* code = compile(vm, "t.py", p);
    REQUIRE(code != nullptr);
    INFO(p);
    CHECK(verify(code) == "");
  }
}

TEST_CASE("match statements keep the stack consistent on every path") {
  vm::VM vm({});
  const char* programs[] = {
      // Captures waiting on the stack under nested sequence, mapping and class patterns.
      "def f(x):\n  match x:\n    case [a, [b, *c], {'k': d, **e}] if a:\n      return a, b, c, d, e\n"
      "    case C(p, q=[r, _]) | D(r, p):\n      return p, r\n    case _:\n      return None\n",
      // Alternatives binding in different orders, `as`, breaks and returns from bodies.
      "def f(xs):\n  for x in xs:\n    match x:\n      case (a, b, 1) | (b, a, 2) as t:\n        break\n"
      "      case [1, *_, z] if z:\n        continue\n      case {1: 2}:\n        return x\n  return None\n",
      // A match inside try/with and a generator.
      "def g(m):\n  try:\n    with m:\n      match (yield):\n        case int(n):\n          yield n\n"
      "        case str() | bytes():\n          pass\n  finally:\n    pass\n",
  };
  for (const char* p : programs) {
    vm::Code* code = compile(vm, "t.py", p);
    REQUIRE(code != nullptr);
    INFO(p);
    CHECK(verify(code) == "");
  }
}

TEST_CASE("match pattern errors are CPython's SyntaxErrors") {
  vm::VM vm({});
  struct Case {
    const char* source;
    const char* message;
  };
  const Case cases[] = {
      {"match x:\n case y:\n  pass\n case 1:\n  pass\n", "name capture 'y' makes remaining patterns unreachable"},
      {"match x:\n case _:\n  pass\n case 1:\n  pass\n", "wildcard makes remaining patterns unreachable"},
      {"match x:\n case 1 | _ | 2:\n  pass\n", "wildcard makes remaining patterns unreachable"},
      {"match x:\n case [a] | [b]:\n  pass\n", "alternative patterns bind different names"},
      {"match x:\n case [a, (b, a)]:\n  pass\n", "multiple assignments to name 'a' in pattern"},
      {"match x:\n case [a, (b, 1) | (1, b)] | [b, a]:\n  pass\n", ""},
      {"match x:\n case [*a, 1, *b]:\n  pass\n", "multiple starred names in sequence pattern"},
      {"match x:\n case {'a': 1, 'a': 2}:\n  pass\n", "mapping pattern checks duplicate key ('a')"},
      {"match x:\n case {1: 1, 1.0: 2}:\n  pass\n", "mapping pattern checks duplicate key (1.0)"},
      {"match x:\n case C(k=1, k=2):\n  pass\n", "attribute name repeated in class pattern: k"},
      {"match x:\n case f'{x}':\n  pass\n", "patterns may only match literals and attribute lookups"},
  };
  for (const Case& c : cases) {
    auto source = std::make_shared<compiler::SourceFile>("t.py", c.source);
    vm::Fallible<vm::Code*> code = compiler::compile_module(vm, source);
    INFO(c.source);
    if (c.message[0] == '\0') {
      CHECK(!code.failed());
      continue;
    }
    REQUIRE(code.failed());
    vm::Value e = vm.take_pending_exception();
    CHECK(vm::isinstance(vm, e, vm.exc.SyntaxError));
    std::string text = vm::format_exception(vm, e);
    CHECK(text.find(c.message) != std::string::npos);
  }
}

TEST_CASE("compile errors name the problem") {
  vm::VM vm({});
  struct Case {
    const char* source;
    const char* message;
  };
  const Case cases[] = {
      {"return 1\n", "'return' outside function"},
      {"break\n", "'break' outside loop"},
      {"def f():\n  continue\n", "'continue' not properly in loop"},
      {"yield 1\n", "'yield' outside function"},
      {"def f():\n  x = 1\n  global x\n", "name 'x' is assigned to before global declaration"},
      {"def f():\n  nonlocal q\n", "no binding for nonlocal 'q' found"},
      {"nonlocal q\n", "nonlocal declaration not allowed at module level"},
      {"def f(a, a): pass\n", "duplicate argument 'a' in function definition"},
  };
  for (const Case& c : cases) {
    auto source = std::make_shared<compiler::SourceFile>("t.py", c.source);
    vm::Fallible<vm::Code*> code = compiler::compile_module(vm, source);
    INFO(c.source);
    REQUIRE(code.failed());
    vm::Value e = vm.take_pending_exception();
    CHECK(vm::isinstance(vm, e, vm.exc.SyntaxError));
    std::string text = vm::format_exception(vm, e);
    CHECK(text.find(c.message) != std::string::npos);
  }
}

TEST_CASE("eval and single modes compile to consistent bytecode") {
  vm::VM vm({});
  const char* expressions[] = {
      "1 + 2\n",
      "  [x * y for x in range(3) for y in (1, 2)]",
      "lambda a, *b, **c: (a, b, c)",
      "f(*a, **k) if c else (yield_ := d)",
      "{**a, 'k': [1, *b]}",
  };
  for (const char* text : expressions) {
    INFO(text);
    std::string trimmed(text);
    trimmed.erase(0, trimmed.find_first_not_of(' '));
    auto source = std::make_shared<compiler::SourceFile>("<string>", trimmed);
    vm::Fallible<vm::Code*> code = compiler::compile_source(vm, source, compiler::CompileMode::Eval, vm::Value::null());
    REQUIRE_FALSE(code.failed());
    CHECK(verify(code.value()) == "");
    // The value of the expression is what the code returns.
    CHECK(vm::decode_op(code.value()->instructions.back()) == vm::Op::ReturnValue);
  }
  vm::Value hook = vm::dict_get_str(vm.builtins, vm::intern(vm, "print"));
  REQUIRE_FALSE(hook.is_null());
  for (const char* text : {"x = 1\n", "'text'\n", "for i in range(2):\n    i\n\n", "if x:\n    [1]\nelse:\n    2\n"}) {
    INFO(text);
    auto source = std::make_shared<compiler::SourceFile>("<stdin>", text);
    vm::Fallible<vm::Code*> code = compiler::compile_source(vm, source, compiler::CompileMode::Single, hook);
    REQUIRE_FALSE(code.failed());
    CHECK(verify(code.value()) == "");
  }
  auto two = std::make_shared<compiler::SourceFile>("<stdin>", "a = 1\nb = 2\n");
  vm::Fallible<vm::Code*> refused = compiler::compile_source(vm, two, compiler::CompileMode::Single, hook);
  REQUIRE(refused.failed());
  std::string text = vm::format_exception(vm, vm.take_pending_exception());
  CHECK(text.find("multiple statements found while compiling a single statement") != std::string::npos);
}
