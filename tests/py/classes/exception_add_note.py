# BaseException.add_note (3.11): notes accumulate in __notes__ and print under the message.
class ConfigError(Exception):
    pass

def load(name):
    try:
        raise ConfigError(f"bad value in {name}")
    except ConfigError as e:
        e.add_note(f"while loading {name}")
        e.add_note("hint: check the syntax")
        raise

try:
    load("a.cfg")
except ConfigError as e:
    print(e, e.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print("TypeError:", e)
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.add_note("n1")
print(e.__notes__, str(e))
load("b.cfg")
