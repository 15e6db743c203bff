# edge-differs: compile() takes no flags (no AST objects), the locals of eval/exec
# must be a real dict, and code objects have no CPython bytecode attributes; CPython
# returns an ast.Expression, 1 and the bytecode bytes here.
class Locals:
    def __getitem__(self, key):
        return 1

    def keys(self):
        return []


for label, thunk in [
    ("compile flags", lambda: compile("1", "<s>", "eval", 0x400)),
    ("mapping locals", lambda: eval("x", {}, Locals())),
    ("co_code", lambda: compile("1", "<s>", "eval").co_code),
]:
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)
