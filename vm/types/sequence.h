// Helpers shared by the sequence types (tuple, list): repr with recursion detection,
// lexicographic comparison.
#pragma once

#include <cstddef>

#include "vm/object.h"

namespace edge::vm {

// "[a, b]" / "(a,)": repr of `n` items. `self` is the container, so that a container
// reached again while its own repr is being built prints as "[...]" / "(...)".
Result sequence_repr(VM& vm, Object* self, const Value* items, size_t n, const char* open, const char* close,
                     bool one_tuple);
// Lexicographic comparison (Python Language Reference 6.10.1).
Result sequence_compare(VM& vm, const Value* a, size_t na, const Value* b, size_t nb, CompareOp op);

// Recursive-repr guard (CPython's Py_ReprEnter): true if `o` is already being printed.
bool repr_enter(VM& vm, Object* o);
void repr_leave(VM& vm, Object* o);

}  // namespace edge::vm
