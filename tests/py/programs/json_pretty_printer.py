# A JSON-like serializer with indentation, escaping and cycle detection.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dump(value, indent=2, level=0, seen=None):
    if seen is None:
        seen = set()
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if id(value) in seen:
        raise ValueError("circular reference detected")
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        seen.add(id(value))
        items = [pad + dump(v, indent, level + 1, seen) for v in value]
        seen.discard(id(value))
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        seen.add(id(value))
        items = []
        for k in sorted(value):
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + escape(k) + ": " + dump(value[k], indent, level + 1, seen))
        seen.discard(id(value))
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


doc = {
    "name": "Widget \"Pro\"",
    "tags": ["a", "b\\c", "line\nbreak"],
    "price": 12.5,
    "stock": {"warehouse": 10, "store": 0, "empty": [], "meta": {}},
    "active": True,
    "parent": None,
    "dims": (1, 2, 3),
}
print(dump(doc))
print(dump([1, [2, [3]]], indent=1))
loop = [1]
loop.append(loop)
for bad in (loop, {1: "x"}, {"s": {1, 2}}):
    try:
        dump(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
