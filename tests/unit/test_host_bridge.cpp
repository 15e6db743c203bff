// The value bridge (vm/host_bridge.h): the tagged codec in both directions and its
// refusals, handles, value operations, and native modules whose functions answer at
// once, fail, or defer their answer to the scheduler.
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "scheduler/scheduler.h"
#include "vm/api.h"
#include "vm/host_bridge.h"
#include "vm/ops.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/vm.h"

using namespace edge::vm;
using edge::abi::Tag;

namespace {

std::string u32(uint32_t v) {
  std::string s(4, '\0');
  std::memcpy(s.data(), &v, 4);
  return s;
}
std::string node(Tag t, const std::string& payload) {
  return u32(static_cast<uint32_t>(t)) + u32(static_cast<uint32_t>(payload.size())) + payload;
}
std::string int_payload(int64_t v) {
  std::string s(16, v < 0 ? '\xff' : '\0');
  std::memcpy(s.data(), &v, 8);
  return s;
}

std::string repr_of(VM& vm, Value v) {
  Result r = repr(vm, v);
  REQUIRE_FALSE(r.failed());
  return std::string(as_str(r.value())->view());
}

}  // namespace

TEST_CASE("payloads decode to values and encode back to the same bytes") {
  VM vm(VMConfig{});
  std::string list = u32(3) + node(Tag::INT, int_payload(-5)) + node(Tag::BYTES, "h\xc3\xa9") + node(Tag::NONE, "");
  std::string dict = u32(1) + node(Tag::BYTES, "k") + node(Tag::LIST, list);
  Result v = decode_payload(vm, Tag::DICT, dict);
  REQUIRE_FALSE(v.failed());
  CHECK(repr_of(vm, v.value()) == "{'k': [-5, 'hé', None]}");
  Tag tag;
  std::string back;
  REQUIRE(encode_value(vm, v.value(), tag, back));
  CHECK(tag == Tag::DICT);
  CHECK(back == dict);
}

TEST_CASE("ints cross as 128-bit two's complement; larger ones cannot cross") {
  VM vm(VMConfig{});
  std::string big(16, '\0');
  big[9] = 1;  // 2**72
  Result v = decode_payload(vm, Tag::INT, big);
  REQUIRE_FALSE(v.failed());
  CHECK(repr_of(vm, v.value()) == "4722366482869645213696");
  Tag tag;
  std::string out;
  Value too_big = make_int(vm, BigInt::pow(BigInt(2), 130));
  CHECK_FALSE(encode_value(vm, too_big, tag, out));
}

TEST_CASE("malformed payloads are refused with a message naming the problem") {
  VM vm(VMConfig{});
  auto error_of = [&](Tag t, const std::string& payload) {
    Result r = decode_payload(vm, t, payload);
    REQUIRE(r.failed());
    Value e = vm.take_pending_exception();
    return repr_of(vm, e);
  };
  CHECK(error_of(Tag::BOOL, "") == "ValueError('invalid value from the host: BOOL payload must be 1 byte')");
  CHECK(error_of(Tag::BYTES, "\xff") ==
        "ValueError('invalid value from the host: BYTES (str) payload is not valid UTF-8')");
  CHECK(error_of(Tag::LIST, u32(1000000)) ==
        "ValueError('invalid value from the host: container count larger than its payload')");
  CHECK(error_of(Tag::DICT, u32(1) + node(Tag::INT, int_payload(1)) + node(Tag::NONE, "")) ==
        "ValueError('invalid value from the host: DICT keys must be str (BYTES)')");
  std::string deep = node(Tag::NONE, "");
  for (int i = 0; i < 40; ++i) deep = node(Tag::LIST, u32(1) + deep);
  CHECK(error_of(Tag::LIST, deep.substr(8)) ==
        "ValueError('invalid value from the host: containers nested deeper than 32')");
  CHECK(error_of(static_cast<Tag>(99), "") == "ValueError('invalid value from the host: unknown tag 99')");
}

TEST_CASE("values that cannot cross: sets, instances, cycles") {
  VM vm(VMConfig{});
  Tag tag;
  std::string out;
  Result s = call(vm, Value::from_object(vm.types.set), CallArgs{});
  CHECK_FALSE(encode_value(vm, s.value(), tag, out));
  Result cyclic = decode_payload(vm, Tag::LIST, u32(0));
  as_list(cyclic.value())->items.push_back(cyclic.value());
  CHECK_FALSE(encode_value(vm, cyclic.value(), tag, out));
}

TEST_CASE("handles count references; a released handle is invalid") {
  HostHandles h;
  uint32_t a = h.put(Value::small_int(7));
  CHECK(a != 0);
  CHECK(h.get(a).as_small_int() == 7);
  CHECK(h.release(a));
  CHECK(h.get(a).is_null());
  CHECK_FALSE(h.release(a));
  CHECK(h.get(0).is_null());
}

TEST_CASE("value operations convert Python errors for the host") {
  VM vm(VMConfig{});
  Value out;
  Value d = Value::from_object(make_str(vm, "text"));
  CHECK(host_value_op(vm, edge::abi::Op::CALL, d, "upper", {}, out) == 0);
  CHECK(repr_of(vm, out) == "'TEXT'");
  CHECK(host_value_op(vm, edge::abi::Op::GET_ATTR, d, "nope", {}, out) == 1);
  CHECK(vm.host_error.kind == edge::abi::ErrorKind::ATTRIBUTE);
  CHECK(vm.host_error.message == "'str' object has no attribute 'nope'");
  CHECK(host_value_op(vm, edge::abi::Op::TYPE_OF, d, "", {}, out) == 0);
  CHECK(repr_of(vm, out) == "'str'");
}

namespace {

// A fake host: native function 10 `echo` answers at once, 11 `fail` raises, 12
// `later` defers (the test answers it), and __const_version is a constant.
struct FakeHost {
  VM* vm = nullptr;
  std::vector<uint64_t> deferred;
  int32_t call(uint32_t id, uint64_t call_id, const uint32_t* argv, uint32_t argc, uint32_t* out) {
    CHECK(argc >= 1);
    CHECK(argv[argc - 1] == 0);  // no keyword arguments in these calls
    switch (id) {
      case 10: *out = vm->host_handles.put(vm->host_handles.get(argv[0])); return 0;
      case 11: vm->host_error = HostError{true, edge::abi::ErrorKind::CUSTOM, "KeyError: missing"}; return 1;
      case 12: deferred.push_back(call_id); return 2;
      case 13: *out = vm->host_handles.put(Value::small_int(3)); return 0;
    }
    return 1;
  }
};

}  // namespace

TEST_CASE("a native module: immediate results, errors, constants and deferred answers") {
  FakeHost host;
  std::string out;
  VMConfig config;
  config.write_stdout = [&out](std::string_view s) { out += s; };
  config.find_native_module = [](std::string_view name, NativeModuleSpec& spec) {
    if (name != "fake") return false;
    spec.names = {"echo", "fail", "later", "__const_version"};
    spec.base_id = 10;
    return true;
  };
  config.call_native = [&host](uint32_t id, uint64_t call_id, const uint32_t* argv, uint32_t argc, uint32_t* o) {
    return host.call(id, call_id, argv, argc, o);
  };
  VM vm(std::move(config));
  host.vm = &vm;
  REQUIRE_FALSE(start_program(vm, "/t/main.py",
                              "import fake\n"
                              "print(fake.echo([1, 'two']), fake.version)\n"
                              "try:\n"
                              "    fake.fail(1)\n"
                              "except KeyError as e:\n"
                              "    print('KeyError', e)\n"
                              "async def ask(n):\n"
                              "    return fake.later(n)\n"
                              "print(gather(ask(1), ask(2)))\n")
                    .failed());
  CHECK(vm.scheduler->step().kind == edge::sched::StepKind::WaitHostCall);
  REQUIRE(host.deferred.size() == 2);
  CHECK(vm.scheduler->host_result(host.deferred[1], Value::small_int(22)));
  CHECK(vm.scheduler->host_result(host.deferred[0], Value::small_int(11)));
  CHECK(vm.scheduler->step().kind == edge::sched::StepKind::Done);
  CHECK(out == "[1, 'two'] 3\nKeyError 'missing'\n[11, 22]\n");
}
