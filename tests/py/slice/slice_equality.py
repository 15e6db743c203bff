# Slices compare by their fields.
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2, 1) == slice(1, 2))
print(repr(slice(0, -1, None)), slice("a", "b"))
