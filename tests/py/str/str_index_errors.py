# Out-of-range indexing raises IndexError.
s = "abc"
for i in (2, -3, 3, -4):
    try:
        print(s[i])
    except IndexError as e:
        print("IndexError:", e)
