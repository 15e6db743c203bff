// The scheduler through its embedder API (what the wasm exports drive): each waiting
// state and the step that leaves it, deferred host calls answered out of order and
// with errors, events before and after receive(), cancellation during a host call,
// preemption, and the instruction / heap / depth limits.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "scheduler/scheduler.h"
#include "vm/api.h"
#include "vm/frame.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/str.h"
#include "vm/vm.h"

using namespace edge::vm;
using edge::sched::Step;
using edge::sched::StepKind;

namespace {

// A test host module in miniature: host_call(x) parks its task on a deferred host
// call whose id the test reads from `issued` and answers when it likes.
std::vector<uint64_t>* g_issued = nullptr;

Result host_call(VM& vm, BuiltinFunction* f, CallArgs args) {
  edge::sched::Scheduler& s = *vm.scheduler;
  uint64_t id = s.new_host_call_id();
  Value placeholder = EDGE_TRY(s.park(Value::from_object(f), edge::sched::TaskState::WaitingHostCall, "host_call"));
  if (s.current()->state == edge::sched::TaskState::WaitingHostCall) {
    s.current()->host_call_id = id;
    g_issued->push_back(id);
  }
  (void)args;
  return placeholder;
}
const NativeMethodDef kHostCall = {"host_call", nullptr, nullptr, host_call};

struct Session {
  std::string out;
  std::vector<uint64_t> issued;
  std::unique_ptr<VM> vm;

  explicit Session(const std::string& source, VMConfig config = {}) {
    config.write_stdout = [this](std::string_view s) { out += s; };
    vm = std::make_unique<VM>(std::move(config));
    g_issued = &issued;
    BuiltinFunction* f = make_builtin_function(*vm, &kHostCall);
    dict_set_str(*vm, vm->builtins, f->name, Value::from_object(f));
    REQUIRE_FALSE(start_program(*vm, "/test/main.py", source).failed());
  }
  Step step() { return vm->scheduler->step(); }
  std::string error() {
    Value e = vm->scheduler->main_error();
    return e.is_null() ? "" : outcome_of_failure(*vm, e).error_text;
  }
};

}  // namespace

TEST_CASE("a program without waits is Done in one step") {
  Session s("print('hi')\n");
  CHECK(s.step().kind == StepKind::Done);
  CHECK(s.out == "hi\n");
}

TEST_CASE("with a host clock, sleep returns WaitTimer with its deadline") {
  uint64_t now = 1000;
  VMConfig config;
  config.now_ns = [&now] { return now; };
  Session s("print('a')\nsleep(0.5)\nprint('b')\n", std::move(config));
  Step st = s.step();
  CHECK(st.kind == StepKind::WaitTimer);
  CHECK(st.deadline_ns == 1000 + 500'000'000);
  CHECK(s.out == "a\n");
  now = 1000 + 499'999'999;
  CHECK(s.step().kind == StepKind::WaitTimer);  // not yet
  now = st.deadline_ns;
  CHECK(s.step().kind == StepKind::Done);
  CHECK(s.out == "a\nb\n");
}

TEST_CASE("without a host clock the virtual clock jumps to the next deadline") {
  Session s("sleep(3600)\nprint('an hour later, instantly')\n");
  CHECK(s.step().kind == StepKind::Done);
  CHECK(s.vm->scheduler->now_ns() == 3600'000'000'000ull);
}

TEST_CASE("frame() waits for frame_passed()") {
  Session s("frame()\nprint('drawn')\n");
  CHECK(s.step().kind == StepKind::WaitFrame);
  CHECK(s.step().kind == StepKind::WaitFrame);  // still waiting
  s.vm->scheduler->frame_passed();
  CHECK(s.step().kind == StepKind::Done);
  CHECK(s.out == "drawn\n");
}

TEST_CASE("events pushed before receive() are queued; after, they wake the waiter") {
  Session s("print(receive())\nprint(receive())\n");
  s.vm->scheduler->push_event(Value::from_object(make_str(*s.vm, "early")));
  CHECK(s.step().kind == StepKind::WaitEvent);
  CHECK(s.out == "early\n");
  s.vm->scheduler->push_event(Value::from_object(make_str(*s.vm, "late")));
  CHECK(s.step().kind == StepKind::Done);
  CHECK(s.out == "early\nlate\n");
}

TEST_CASE("many host calls under gather, answered out of order; an error raises only in its coroutine") {
  Session s(
      "async def call(n):\n"
      "    try:\n"
      "        return host_call(n)\n"
      "    except ValueError as e:\n"
      "        return 'failed: ' + str(e)\n"
      "print(gather(call(1), call(2), call(3)))\n");
  CHECK(s.step().kind == StepKind::WaitHostCall);
  REQUIRE(s.issued.size() == 3);
  VM& vm = *s.vm;
  CHECK(vm.scheduler->host_result(s.issued[2], Value::small_int(30)));
  CHECK(s.step().kind == StepKind::WaitHostCall);
  Exception* e = make_exception(vm, vm.exc.ValueError, "no route");
  CHECK(vm.scheduler->host_error(s.issued[1], Value::from_object(e)));
  CHECK(s.step().kind == StepKind::WaitHostCall);
  CHECK_FALSE(vm.scheduler->host_result(999, Value::none()));  // nobody waits for 999
  CHECK(vm.scheduler->host_result(s.issued[0], Value::small_int(10)));
  CHECK(s.step().kind == StepKind::Done);
  CHECK(s.out == "[10, 'failed: no route', 30]\n");
}

TEST_CASE("cancelling a coroutine during a host call raises CancelledError there; the late answer is refused") {
  Session s(
      "async def waiter():\n"
      "    try:\n"
      "        host_call(0)\n"
      "    finally:\n"
      "        print('waiter cleanup')\n"
      "async def canceller(w):\n"
      "    sleep(0.01)\n"
      "    cancel(w)\n"
      "w = waiter()\n"
      "try:\n"
      "    gather(w, canceller(w))\n"
      "except CancelledError:\n"
      "    print('cancelled')\n");
  CHECK(s.step().kind == StepKind::Done);
  CHECK(s.out == "waiter cleanup\ncancelled\n");
  REQUIRE(s.issued.size() == 1);
  CHECK_FALSE(s.vm->scheduler->host_result(s.issued[0], Value::none()));
}

TEST_CASE("preemption returns control from a busy loop and resuming changes nothing") {
  VMConfig config;
  config.preempt_interval = 1000;
  Session s("n = 0\nwhile n < 100000:\n    n += 1\nprint(n)\n", std::move(config));
  int preemptions = 0;
  Step st;
  while ((st = s.step()).kind == StepKind::Preempted) ++preemptions;
  CHECK(st.kind == StepKind::Done);
  CHECK(preemptions >= 99);
  CHECK(s.out == "100000\n");
}

TEST_CASE("the instruction limit stops a runaway program; except blocks cannot swallow it") {
  VMConfig config;
  config.max_instructions = 10000;
  Session s("while True:\n    try:\n        pass\n    except BaseException:\n        pass\n", std::move(config));
  CHECK(s.step().kind == StepKind::Failed);
  CHECK(s.error().find("RuntimeError: instruction limit exceeded (10000 ticks)") != std::string::npos);
}

TEST_CASE("the heap limit raises a catchable MemoryError and the VM goes on") {
  VMConfig config;
  config.max_heap_bytes = 8 << 20;
  Session s(
      "data = []\n"
      "try:\n"
      "    while True:\n"
      "        data.append([0] * 100)\n"
      "except MemoryError:\n"
      "    data = None\n"
      "    print('recovered')\n"
      "print(sum(range(5)))\n",
      std::move(config));
  CHECK(s.step().kind == StepKind::Done);
  CHECK(s.out == "recovered\n10\n");
}

TEST_CASE("deep recursion in a coroutine is a RecursionError") {
  Session s(
      "async def main():\n"
      "    def f(n):\n"
      "        return f(n + 1)\n"
      "    try:\n"
      "        f(0)\n"
      "    except RecursionError:\n"
      "        return 'bounded'\n"
      "print(run(main()))\n");
  CHECK(s.step().kind == StepKind::Done);
  CHECK(s.out == "bounded\n");
}

TEST_CASE("the main task's error is reported like an uncaught exception") {
  Session s("async def boom():\n    raise KeyError('k')\nrun(boom())\n");
  CHECK(s.step().kind == StepKind::Failed);
  CHECK(s.error().find("KeyError: 'k'") != std::string::npos);
}
