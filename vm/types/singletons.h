// None, NotImplemented and Ellipsis: their types' protocols.
#pragma once

namespace edge::vm {
class VM;
void install_singleton_types(VM& vm);
}  // namespace edge::vm
