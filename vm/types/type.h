// `type` and `object`: type objects, the MRO, attribute lookup on types, and the
// bootstrapping of the built-in type system (see vm/vm.cpp for the order).
#pragma once

#include <string_view>

#include "vm/object.h"

namespace edge::vm {

inline bool is_type(Value v) { return is_kind(v, ObjectKind::Type); }
inline Type* as_type(Value v) { return static_cast<Type*>(v.as_object()); }

// Phase 1: allocate every built-in Type (names and dicts come later).
void bootstrap_types(VM& vm);
// Phase 2 (names are interned by now): names, dicts, MROs, then each type's install_*.
void finish_type_bootstrap(VM& vm);

// A new built-in type after bootstrap (iterator types, exception types).
Type* make_builtin_type(VM& vm, std::string_view name, Type* base, ObjectKind instance_kind, uint32_t flags = 0);
// Recomputes t->mro from t->bases (single inheritance chain for built-in types).
void compute_builtin_mro(VM& vm, Type* t);

std::string_view type_name_of(const Type* t);

void install_type_type(VM& vm);
void install_object_type(VM& vm);

}  // namespace edge::vm
