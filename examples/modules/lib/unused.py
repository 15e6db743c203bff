# Declared in packages.json, imported by nobody: the runtime never fetches it.
raise RuntimeError("unused.py should never be loaded")
