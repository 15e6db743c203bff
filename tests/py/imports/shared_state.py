# Module-level state is shared by every importer.
import _mutable_state
from _mutable_state import register, registry
register("a")
_mutable_state.register("b")
print(registry, _mutable_state.registry, registry is _mutable_state.registry)
