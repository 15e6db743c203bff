# isinstance with single types and tuples.
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", str))
print(isinstance(1, (str, float)), isinstance(1.0, (str, float)), isinstance([], (list, tuple)))
print(isinstance({}, dict), isinstance(None, type(None)), isinstance(range(1), range), isinstance(b"", bytes))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), LookupError), isinstance(3, (int, (str, list))))
print(issubclass(bool, (int, str)), issubclass(int, bool))
