# format_map looks names up in any mapping and rejects positional fields.
print("{a} {b}".format_map({"a": 1, "b": [2]}))
print("{a.real} {b[0]}".format_map({"a": 3, "b": "xyz"}))
print("no fields".format_map({}), "{x}".format_map({"x": "{y}"}))
for fmt, arg in [("{}", {"a": 1}), ("{0}", {"a": 1}), ("{a}", {}), ("{a}", 1)]:
    try:
        print(fmt.format_map(arg))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for bad in [lambda: "{}".format_map(), lambda: "{}".format_map({}, {})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
