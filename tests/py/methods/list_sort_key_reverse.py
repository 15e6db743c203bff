# list.sort with key and reverse keeps stability; sort is in place and returns None.
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35)]
r = people.sort(key=lambda p: p[1])
print(r, people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [3, 1.5, 2, -1, True]
nums.sort()
print(nums)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
