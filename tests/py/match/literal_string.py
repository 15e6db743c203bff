# String literal patterns, alone and in OR patterns.
def greet(word):
    match word:
        case "hello":
            return "hi there"
        case "bye" | "goodbye":
            return "see you"
        case "":
            return "empty"
        case _:
            return "what?"

for w in ["hello", "bye", "goodbye", "", "hey"]:
    print(repr(w), greet(w))
