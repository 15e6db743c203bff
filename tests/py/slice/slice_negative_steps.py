# Negative steps with omitted and explicit bounds.
s = "0123456789"
print(s[::-1], s[::-3], s[7::-2], s[:3:-2], s[-2:-8:-2], s[2:7:-1] == "")
print([s[i:j:-1] for i, j in [(5, 0), (5, None), (-1, -5)]])
