while x:
# comment
y = 1
