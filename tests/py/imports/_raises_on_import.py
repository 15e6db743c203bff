# Helper that fails while its body runs.
print("_raises_on_import: partial body")
x = 1
raise ValueError("module body failed")
