# Backslash-newline inside strings joins lines.
s = "abc\
def"
print(s)
t = """one \
two
three"""
print(t)
print(repr("""
starts with newline"""))
