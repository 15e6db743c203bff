# Long strings built by repetition and joining.
s = "ab" * 5000
print(len(s), s[9998:], s.count("ab"), s.find("ba"))
t = ",".join(str(i) for i in range(1000))
print(len(t), t[:20], t[-15:])
