# String ordering by code point.
words = ["banana", "Apple", "cherry", "apple", "Banana", "é", "z"]
print(sorted(words))
print("a" < "á", "Z" < "a", "10" < "9", "abc" == "abc", "abc" != "abd")
print(max("hello"), min("hello"))
