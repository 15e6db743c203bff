# Subclassing list keeps list behaviour and adds methods.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack(" + list.__repr__(self) + ")"

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s == [1, 2], sorted(Stack([3, 1, 2])))
