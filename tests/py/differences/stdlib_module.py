# edge-differs: only sys and math are built in; other standard modules (json, re,
# collections, ...) are not there, so importing one raises ModuleNotFoundError
# (CPython imports it).
for name in ["sys", "math", "json", "collections"]:
    try:
        __import__(name)
        print(name, "ok")
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e)
