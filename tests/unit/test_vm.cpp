// Core VM behaviour that the Python corpus cannot observe directly: the Value
// encoding at its boundaries, collection of garbage, rooting, independence of VMs,
// and the embedding API's outcomes.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "vm/api.h"
#include "vm/ops.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/value.h"
#include "vm/vm.h"

using namespace edge::vm;

namespace {

struct Run {
  std::string out;
  ProgramOutcome outcome;
};

Run run(const std::string& source, VMConfig config = {}) {
  Run r;
  config.write_stdout = [&r](std::string_view s) { r.out += s; };
  VM vm(std::move(config));
  r.outcome = run_program(vm, "/test/main.py", source);
  return r;
}

}  // namespace

TEST_CASE("small ints round-trip at the edges of the inline range") {
  for (int64_t v : {int64_t{0}, int64_t{1}, int64_t{-1}, Value::kSmallIntMax, Value::kSmallIntMin}) {
    Value x = Value::small_int(v);
    CHECK(x.is_small_int());
    CHECK_FALSE(x.is_float());
    CHECK_FALSE(x.is_object());
    CHECK(x.as_small_int() == v);
  }
  CHECK_FALSE(Value::fits_small_int(Value::kSmallIntMax + 1));
  CHECK_FALSE(Value::fits_small_int(Value::kSmallIntMin - 1));
}

TEST_CASE("floats keep their bits; NaNs are canonical and never look boxed") {
  for (double d : {0.0, -0.0, 1.5, -2.25e300, 5e-324, std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity()}) {
    Value x = Value::from_float(d);
    CHECK(x.is_float());
    CHECK(std::signbit(x.as_float()) == std::signbit(d));
    CHECK(x.as_float() == d);
  }
  // A NaN whose bits would collide with the boxed space is canonicalised.
  uint64_t evil = 0x7FFD'0000'0000'0001;
  double nan;
  std::memcpy(&nan, &evil, sizeof nan);
  Value x = Value::from_float(nan);
  CHECK(x.is_float());
  CHECK(std::isnan(x.as_float()));
  CHECK_FALSE(x.is_none());
  CHECK(Value::from_float(-std::numeric_limits<double>::quiet_NaN()).is_float());
}

TEST_CASE("special values are distinct") {
  CHECK(Value::none().is_none());
  CHECK(Value::boolean(true).is_true());
  CHECK(Value::boolean(false).is_false());
  CHECK(Value::boolean(true).is_bool());
  CHECK_FALSE(Value::none().is_bool());
  CHECK(Value::null().is_null());
  CHECK_FALSE(Value::null().is_object());
  CHECK(Value::exception_marker().is_exception_marker());
  CHECK_FALSE(Value::exception_marker().is_float());
}

TEST_CASE("garbage is collected and live data survives") {
  VMConfig config;
  Run r = run(
      "keep = []\n"
      "for i in range(200000):\n"
      "    s = [i, str(i), (i, i + 1)]\n"
      "    if i % 1000 == 0:\n"
      "        keep.append(s)\n"
      "print(len(keep), keep[-1])\n",
      config);
  CHECK(r.outcome.exit_code == 0);
  CHECK(r.out == "200 [199000, '199000', (199000, 199001)]\n");
}

TEST_CASE("collections free objects and keep rooted ones") {
  VM vm({});
  Value kept = Value::from_object(make_list(vm));
  TempRoot root(vm, kept);
  for (int i = 0; i < 1000; ++i) (void)make_str(vm, "garbage");
  uint64_t freed_before = vm.heap.stats().objects_freed_total;
  vm.collect();
  CHECK(vm.heap.stats().objects_freed_total >= freed_before + 1000);
  // The rooted list is intact and usable.
  list_append(vm, as_list(kept), Value::small_int(7));
  CHECK(as_list(kept)->items.size() == 1);
}

TEST_CASE("GC stress mode runs a program correctly") {
  VMConfig config;
  config.gc_stress = true;
  Run r = run("d = {}\nfor i in range(300):\n    d[str(i)] = [i] * 3\nprint(sum(len(v) for v in d.values()))\n",
              config);
  CHECK(r.out == "900\n");
}

TEST_CASE("program outcomes: success, exception, SystemExit") {
  CHECK(run("print('ok')\n").outcome.exit_code == 0);
  Run e = run("x = 1\nraise ValueError('bad')\n");
  CHECK(e.outcome.exit_code == 1);
  CHECK(e.outcome.uncaught_exception);
  CHECK(e.outcome.error_text.find("ValueError: bad\n") != std::string::npos);
  CHECK(e.outcome.error_text.find("line 2, in <module>") != std::string::npos);
  Run s = run("raise SystemExit(4)\n");
  CHECK(s.outcome.exit_code == 4);
  CHECK_FALSE(s.outcome.uncaught_exception);
  Run syntax = run("x = (\n");
  CHECK(syntax.outcome.exit_code == 1);
  CHECK(syntax.outcome.error_text.find("SyntaxError") != std::string::npos);
}

TEST_CASE("two VMs share nothing") {
  VM a({});
  VM b({});
  CHECK(a.types.int_ != b.types.int_);
  CHECK(intern(a, "x") != intern(b, "x"));
  Run first = run("x = 1\nprint(x)\n");
  Run second = run("print('x' in globals())\n");
  CHECK(first.out == "1\n");
  CHECK(second.out == "False\n");
}

TEST_CASE("Python recursion lives on the heap, native recursion is bounded") {
  Run deep = run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(900))\n");
  CHECK(deep.out == "900\n");
  Run nested = run("x = []\nfor i in range(100000):\n    x = [x]\ntry:\n    repr(x)\nexcept RecursionError:\n    print('too deep')\n");
  CHECK(nested.out == "too deep\n");
}
