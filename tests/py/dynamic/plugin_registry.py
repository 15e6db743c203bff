# A plugin registry filled by exec'd snippets: each plugin's source runs in its own
# namespace that is given a `register` decorator; broken plugins are reported and
# skipped.
REGISTRY = {}


def register(name):
    def wrap(fn):
        REGISTRY[name] = fn
        return fn
    return wrap


PLUGINS = {
    "upper": '''
@register("upper")
def run(text):
    return text.upper()
''',
    "count": '''
VOWELS = set("aeiou")

@register("vowels")
def run(text):
    return sum(1 for ch in text if ch in VOWELS)

@register("words")
def words(text):
    return len(text.split())
''',
    "broken_syntax": '''
@register("oops")
def run(text)
    return text
''',
    "broken_runtime": '''
setting = CONFIG["missing"]
''',
    "stateful": '''
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, text):
        self.calls += 1
        return f"call {self.calls}: {text[::-1]}"

register("reverse")(Counter())
''',
}

loaded = []
for name, source in PLUGINS.items():
    namespace = {"register": register, "CONFIG": {}, "__name__": "plugin_" + name}
    try:
        code = compile(source, f"<plugin {name}>", "exec")
        exec(code, namespace)
    except SyntaxError as e:
        print(f"{name}: syntax error at {e.filename}:{e.lineno}: {e.msg}")
        continue
    except Exception as e:
        print(f"{name}: failed with {type(e).__name__}: {e}")
        continue
    loaded.append(name)

print("loaded:", loaded)
print("registered:", sorted(REGISTRY))
for key in sorted(REGISTRY):
    print(key, "->", REGISTRY[key]("hello plugin world"))
print(REGISTRY["reverse"]("again"))
print(REGISTRY["upper"].__module__)
