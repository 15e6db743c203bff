# str.translate with dicts, lists and str.maketrans tables.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdabcd".translate(t))
print("héllo".translate({ord("é"): "e", ord("l"): None}))
print("abc".translate({97: "AA", 99: 0x1F600}))
print("abc".translate([None, "q"]), "\x00\x01\x02".translate(["Z", None]))
print(sorted(str.maketrans({"a": "1", 98: None, "ç": 99}).items()))
print("ab".translate({97: True}) == "\x01b")
print("unchanged".translate({}))
for bad in [lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: "a".translate({97: 0x110000}),
            lambda: "a".translate(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
