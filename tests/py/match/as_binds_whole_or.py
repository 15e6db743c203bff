# `as` binds the whole OR pattern to its left; nested OR patterns.
match 2:
    case 1 | 2 as z:
        print("as applies to the whole OR pattern:", z)
match 3:
    case (1 | 2) | 3:
        print("nested OR")
match [4, 5]:
    case [4, _] as pair:
        print(pair)
