# A module whose body raises propagates the error to the importer.
try:
    import _raises_on_import
except ValueError as e:
    print("ValueError:", e)
try:
    import _raises_on_import
except ValueError as e:
    print("second attempt runs the body again:", e)
