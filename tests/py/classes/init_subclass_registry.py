# __init_subclass__ runs for each subclass and can take class keyword arguments.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key)

class Json(Plugin, name="json"):
    pass

class Yaml(Plugin):
    pass

class Strict(Json, name="strict-json"):
    pass

print(sorted(Plugin.registry), Plugin.registry["json"] is Json)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
