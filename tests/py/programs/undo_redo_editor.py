# A text editor with the command pattern: insert/delete commands, undo and redo stacks.
class Command:
    def do(self, doc):
        raise NotImplementedError

    def undo(self, doc):
        raise NotImplementedError


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"


class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length = pos, length
        self.removed = None

    def do(self, doc):
        if self.pos + self.length > len(doc.text):
            raise IndexError("delete past end of document")
        self.removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

    def __repr__(self):
        return f"Delete({self.pos}, {self.length})"


class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack, self.redo_stack = [], []

    def run(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()

    def undo(self):
        if not self.undo_stack:
            return "nothing to undo"
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return f"undid {cmd!r}"

    def redo(self):
        if not self.redo_stack:
            return "nothing to redo"
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)
        return f"redid {cmd!r}"


ed = Editor()
ed.run(Insert(0, "Hello world"))
ed.run(Insert(5, ","))
ed.run(Delete(6, 6))
ed.run(Insert(6, " there!"))
print(repr(ed.text))
for _ in range(3):
    print(ed.undo(), "->", repr(ed.text))
print(ed.redo(), "->", repr(ed.text))
ed.run(Insert(0, ">> "))
print(ed.redo(), "|", repr(ed.text))
for _ in range(5):
    print(ed.undo(), "->", repr(ed.text))
try:
    ed.run(Delete(0, 50))
except IndexError as e:
    print("IndexError:", e, len(ed.undo_stack))
