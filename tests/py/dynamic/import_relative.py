# __import__ with level=1 resolves against the importing module's package.
from helpers.dynpkg import rel
print(rel.THING, rel.sibling.__name__)
try:
    __import__("sub", globals(), None, ["thing"], 1)
except ImportError as e:
    print(type(e).__name__, e)
