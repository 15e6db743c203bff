# Implicitly concatenated, escaped and raw string literal patterns.
match "abcdef":
    case "abc" "def":
        print("implicit concatenation works")
match "a\nb":
    case "a\nb":
        print("escapes too")
match "x":
    case r"x":
        print("raw string")
