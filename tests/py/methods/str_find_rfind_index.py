# find/rfind/index/rindex with slices and failures.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("at", 6), s.rfind("at", 0, 10))
print(s.find("dog"), s.rfind("dog"), s.find(""), s.rfind(""), s.find("", 100))
print(s.index("the"), s.rindex("the"), s.index("t", -4))
for f in (s.index, s.rindex):
    try:
        f("dog")
    except ValueError as e:
        print("ValueError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
