# A comment line
x = 1  # trailing comment
# print("not run")
y = "# not a comment"
print(x, y)  # another
    # indented comment lines are fine anywhere
print('#')
"""A bare string statement is not a comment but has no effect."""
print("done")
