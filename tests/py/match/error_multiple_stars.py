# Two starred names in one sequence pattern are a SyntaxError.
match [1, 2]:
    case [*a, *b]:
        pass
