# eval accepts leading blanks and trailing newlines.
print(eval("   1 + 1"))
print(eval("\t2 * 3\n"))
print(eval("4\n\n"))
