// Runtime support for the match statement (Python Language Reference 8.6): the
// structural checks behind sequence, mapping and class patterns. The code generator
// (compiler/codegen_match.cpp) turns each pattern into these checks plus ordinary
// comparisons, unpacking and stores.
//
// Invariant: these helpers never bind names and never decide control flow; they only
// answer "does it fit, and with which parts" so the bytecode stays in charge. The
// `_rpy` ones may run Python code (hashing/comparing user keys, attribute lookups
// through properties or __getattr__) in a nested interpreter loop, like every other
// operation in vm/ops.h.
#pragma once

#include "vm/object.h"

namespace edge::vm {

// Is `x` matched by sequence patterns? (list, tuple, range and their subclasses --
// the built-in types CPython marks as sequences; never str, bytes, bytearray or dict.)
bool match_is_sequence(VM& vm, Value x);
// Is `x` matched by mapping patterns? (dict and its subclasses.)
bool match_is_mapping(VM& vm, Value x);
// The values of `keys` (a tuple) in mapping `x`, as a tuple; None if a key is absent.
// A key equal to an earlier one raises ValueError "mapping pattern checks duplicate
// key (...)"; an unhashable key raises TypeError.
Result match_keys_rpy(VM& vm, Value x, Value keys);
// dict(x) with `keys` removed, for `{..., **rest}`.
Result match_copy_without_keys_rpy(VM& vm, Value x, Value keys);
// A class pattern `cls(p1, .., pN, k1=.., ..)`: None if x is not an instance of cls
// or lacks one of the attributes, else the tuple of matched attributes: N positional
// ones (named by cls.__match_args__, or the subject itself for the built-in types that
// match one positional sub-pattern), then the keyword ones named in `names` (a tuple
// of str). Raises TypeError as CPython does (not a class, too many positional
// sub-patterns, a bad __match_args__, an attribute named twice).
Result match_class_rpy(VM& vm, Value x, Value cls, Value names, uint32_t positional);

}  // namespace edge::vm
