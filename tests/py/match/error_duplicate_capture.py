# Binding a name twice in one pattern is a SyntaxError.
match [1, 2]:
    case [a, a]:
        pass
