// How failure travels through the VM without C++ exceptions.
//
// A Python exception is an object held by the VM (VM::raise and friends set it). A
// function that can raise says so in its return type:
//   Result        a Value, or "an exception is pending"
//   Status        nothing, or "an exception is pending"
//   Fallible<T>   a T, or "an exception is pending"
// All three are [[nodiscard]]: ignoring one is a compile warning, because it would
// drop an exception on the floor. `Error{}` converts to any of them.
//
// EDGE_TRY(expr) evaluates `expr`; on failure it returns Error{} from the enclosing
// function (which must itself return one of the three), otherwise it yields the value.
// It is a GNU statement expression (g++, clang and em++ all support it; see
// CMAKE_CXX_EXTENSIONS in CMakeLists.txt).
//
// Invariant: a failed Result/Status/Fallible exists only while VM::pending_exception()
// is set, and the exception is consumed exactly once (by a handler, or by the embedder
// that reports it).
#pragma once

#include <utility>

#include "vm/value.h"

namespace edge::vm {

struct Error {};

class [[nodiscard]] Result {
 public:
  Result(Value v) : value_(v) {}  // NOLINT: implicit by design, `return v;` must work
  Result(Error) : value_(Value::exception_marker()) {}

  bool failed() const { return value_.is_exception_marker(); }
  Value value() const { return value_; }

 private:
  Value value_;
};

class [[nodiscard]] Status {
 public:
  static Status ok() { return Status(true); }
  Status(Error) : ok_(false) {}

  bool failed() const { return !ok_; }
  void value() const {}

 private:
  explicit Status(bool ok) : ok_(ok) {}
  bool ok_;
};

template <class T> class [[nodiscard]] Fallible {
 public:
  Fallible(T v) : value_(std::move(v)), ok_(true) {}  // NOLINT: implicit by design
  Fallible(Error) : value_(), ok_(false) {}

  bool failed() const { return !ok_; }
  T& value() { return value_; }
  const T& value() const { return value_; }

 private:
  T value_;
  bool ok_;
};

#define EDGE_TRY(expr)                                    \
  ({                                                      \
    auto&& edge_try_result_ = (expr);                     \
    if (edge_try_result_.failed()) return ::edge::vm::Error{}; \
    edge_try_result_.value();                             \
  })

}  // namespace edge::vm
