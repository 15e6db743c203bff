# str.format_map uses the mapping directly; a dict subclass with __missing__ fills gaps.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
print("{name} has {pets}".format_map(Default(name="Bob")))
print("{0[x]} {a.real}".format_map({"a": 5}) if False else "{a.real}".format_map({"a": 5}))
print("{k!r:>6}|".format_map({"k": "v"}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError:", e)
try:
    "{0}".format_map({})
except (KeyError, ValueError, IndexError) as e:
    print(type(e).__name__ + ":", e)
