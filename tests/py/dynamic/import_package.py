# __import__ of a dotted name returns the top package, or the leaf with a fromlist.
top = __import__("helpers.dynpkg.sub")
print(top.__name__)
leaf = __import__("helpers.dynpkg.sub", fromlist=["thing"])
print(leaf.__name__, leaf.thing)
print(__import__("helpers.dynpkg.sub", globals(), locals(), ["thing"], 0).thing)
