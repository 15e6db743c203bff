# Every standard escape sequence, shown through repr and ord.
s = "\\ \' \" \a \b \f \n \r \t \v"
print(repr(s))
print([ord(c) for c in "\a\b\f\n\r\t\v\0"])
print("\x41\x62\101\060" == "AbA0", "\0" == chr(0))
print(repr("\x41\101\u00e9\U0001F600"))
print("tab\there", "new\\nline")
