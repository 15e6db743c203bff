# break and continue inside case bodies.
for item in [1, "two", [3], None, 5]:
    match item:
        case int(n):
            print("int", n)
            continue
        case None:
            print("stop at None")
            break
        case str(s):
            print("str", s)
    print("end of iteration for", item)
