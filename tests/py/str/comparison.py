# String comparison is lexicographic by code point.
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "b" > "abc")
print("é" > "z", "😀" > "é", "" == "", "abc" == "ab" + "c")
print(sorted(["b", "B", "a", "A", "_", "1", " "]))
print(max(["pear", "apple", "zoo"]), min("zebra"))
