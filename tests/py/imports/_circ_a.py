# Helper for the circular import case: half-initialised when _circ_b imports it.
print("_circ_a: start")
before = "defined before importing _circ_b"
import _circ_b
after = "defined after importing _circ_b"
print("_circ_a: end")
