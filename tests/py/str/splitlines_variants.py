# splitlines recognises many line boundaries.
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\u2028h"
print(s.splitlines())
print("no newline".splitlines(), "trailing\n".splitlines(), "\n\n".splitlines())
