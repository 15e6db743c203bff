# A recursive JSON-like pretty printer for nested dicts and lists.
def render(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = []
        for i, (k, v) in enumerate(value.items()):
            comma = "," if i < len(value) - 1 else ""
            lines.append(pad + "  " + '"' + str(k) + '": ' + render(v, indent + 1) + comma)
        return "{\n" + "\n".join(lines) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [pad + "  " + render(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return repr(value)
doc = {
    "name": "edge",
    "version": [0, 1, 0],
    "tags": ["python", "vm", 'quote"d'],
    "meta": {"stable": False, "score": 9.5, "owner": None, "empty": {}, "none": []},
}
print(render(doc))
print(render([1, [2, [3, []]]]))
