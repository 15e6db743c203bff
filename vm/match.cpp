// Runtime support for the match statement (placeholder until patterns are compiled;
// see match.h).
#include "vm/match.h"

#include "vm/vm.h"

namespace edge::vm {

Fallible<bool> match_is_sequence(VM& vm, Value) { return vm.raise(vm.exc.SystemError, "match is not supported yet"); }
Fallible<bool> match_is_mapping(VM& vm, Value) { return vm.raise(vm.exc.SystemError, "match is not supported yet"); }
Result match_keys(VM& vm, Value, Value) { return vm.raise(vm.exc.SystemError, "match is not supported yet"); }
Result match_copy_without_keys(VM& vm, Value, Value) { return vm.raise(vm.exc.SystemError, "match is not supported yet"); }
Result match_class(VM& vm, Value, Value, Value, uint32_t) { return vm.raise(vm.exc.SystemError, "match is not supported yet"); }

}  // namespace edge::vm
