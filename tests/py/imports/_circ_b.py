# Helper for the circular import case.
print("_circ_b: start")
import _circ_a
print("_circ_b sees _circ_a.before:", _circ_a.before)
print("_circ_b sees _circ_a.after:", hasattr(_circ_a, "after"))
print("_circ_b: end")
