# Case conversions.
s = "hello World 123 École"
print(s.upper())
print(s.lower())
print(s.title(), "they're bill's".title())
print(s.capitalize(), s.swapcase())
print("HELLO".casefold(), "MiXeD".casefold())
