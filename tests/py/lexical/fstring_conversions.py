# !r, !s and !a conversions.
s = "café"
print(f"{s!r} {s!s} {s!a}")
print(f"{42!r} {[1, 'a']!s} {'ü'!a}")
print(f"{'x'!r:>6}|")
print(f"{None!r} {True!s}")
