# edge-differs: an imported module's top level runs to completion when first
# imported, so it cannot wait in sleep() or receive(); Edge raises RuntimeError at
# the call (CPython has no sleep builtin at all).
import _sleeping_module
print("not reached")
