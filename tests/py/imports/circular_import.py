# A circular import sees a partially initialised module.
import _circ_a
print("main sees:", _circ_a.before, "/", _circ_a.after)
import _circ_b
print(_circ_b._circ_a is _circ_a)
