# Equality across types and ordering of sequences.
print(1 == 1.0, 1 == "1", None == 0, [] == (), [1, 2] == [1, 2], (1, 2) == (1, 2))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2, 3) > (1, 2), [] < [0])
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print(1 != 2, "a" != "a", [1] != [1])
print(1 < 1.5 < 2, 3.0 >= 3, True < 2)
