# in, repetition and concatenation.
print("ell" in "hello", "" in "", "z" in "hello", "lo" not in "hello")
print("ab" * 3, 0 * "ab", "-" * 10, ("x" + "y") * 2)
s = ""
for i in range(5):
    s += str(i)
print(s, len("é" * 1000))
