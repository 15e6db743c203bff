// Runtime support for the match statement (Python Language Reference 8.6): the
// structural checks behind sequence, mapping and class patterns. The code generator
// (compiler/codegen_match.cpp) turns each pattern into these checks plus ordinary
// comparisons, unpacking and stores.
#pragma once

#include "vm/object.h"

namespace edge::vm {

// Is `x` matched by sequence patterns? (list, tuple, range, and other sequence types;
// never str, bytes, bytearray or dict.)
Fallible<bool> match_is_sequence(VM& vm, Value x);
// Is `x` matched by mapping patterns? (dict and its subclasses.)
Fallible<bool> match_is_mapping(VM& vm, Value x);
// The values of `keys` (a tuple) in mapping `x`, as a tuple; None if a key is absent.
// Duplicate keys raise ValueError "mapping pattern checks duplicate key (...)".
Result match_keys(VM& vm, Value x, Value keys);
// dict(x) with `keys` removed, for `{..., **rest}`.
Result match_copy_without_keys(VM& vm, Value x, Value keys);
// A class pattern `cls(p1, .., pN, k1=.., ..)`: None if x is not an instance of cls,
// else the tuple of matched attributes: N positional ones (via __match_args__, or the
// subject itself for the built-in types that match one positional argument), then the
// keyword ones named in `names` (a tuple of str). Raises TypeError as CPython does
// (non-class, too many positional patterns, missing attribute is a non-match).
Result match_class(VM& vm, Value x, Value cls, Value names, uint32_t positional);

}  // namespace edge::vm
