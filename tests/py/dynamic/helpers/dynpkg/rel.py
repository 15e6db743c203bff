# A submodule that imports its sibling relatively through __import__ (level=1).
sibling = __import__("sub", globals(), None, ["thing"], 1)
THING = sibling.thing
