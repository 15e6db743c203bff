# Helper for uncaught_from_import: its body raises.
print("_broken_helper running")
raise ImportError("helper refused to load")
