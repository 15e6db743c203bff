# Dict equality ignores order.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {} == {}, {"a": 1} != {"a": 2})
print(dict(a=1) == {"a": 1}, {1: [1]} == {1: [1]})
