// Argument parsing for native functions, driven by a Python-style signature string so
// the accepted arguments are written once, readable, next to the function:
//
//   static const Signature kSig("sorted(iterable, /, *, key=, reverse=)");
//   Value a[3];
//   EDGE_TRY(parse_args(vm, args, kSig, a));   // a[1] is null if `key` was not passed
//
// Grammar: name(p1, p2=, /, p3, *, k1, k2=). A trailing `=` marks an optional
// parameter (the function supplies its default when the slot is null); `/` ends the
// positional-only parameters; `*` starts the keyword-only ones. The string is parsed
// once, when the Signature is constructed.
#pragma once

#include <string>
#include <vector>

#include "vm/object.h"

namespace edge::vm {

class Signature {
 public:
  explicit Signature(const char* text);

  struct Param {
    std::string name;
    bool optional = false;
    bool positional_only = false;
    bool keyword_only = false;
  };

  const std::string& function_name() const { return function_name_; }
  const std::vector<Param>& params() const { return params_; }
  size_t max_positional() const { return max_positional_; }
  size_t required_positional() const { return required_positional_; }
  // Facts the error messages depend on, fixed by the text (computed once, not per call):
  // the first parameter is `self`/`cls` (CPython's messages do not count it), every
  // parameter is positional-only, and some parameter is keyword-only.
  bool is_method() const { return is_method_; }
  bool all_positional_only() const { return all_positional_only_; }
  bool has_keyword_only() const { return has_keyword_only_; }

 private:
  std::string function_name_;
  std::vector<Param> params_;
  size_t max_positional_ = 0;
  size_t required_positional_ = 0;
  bool is_method_ = false;
  bool all_positional_only_ = true;
  bool has_keyword_only_ = false;
};

// Fills out[0..params) from `args`; absent optional parameters are left null.
Status parse_args(VM& vm, CallArgs args, const Signature& signature, Value* out);

// Quick checks for the common "no keywords / exact count" natives.
Status check_no_kwargs(VM& vm, CallArgs args, const char* function_name);
Status check_arg_count(VM& vm, CallArgs args, const char* function_name, uint32_t min, uint32_t max);

}  // namespace edge::vm
