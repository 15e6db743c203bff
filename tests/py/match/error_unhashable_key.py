# An unhashable mapping-pattern key raises TypeError.
class K:
    L = [1]

match {1: 2}:
    case {K.L: _}:
        pass
