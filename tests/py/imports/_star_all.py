# Helper with __all__ restricting star-imports.
__all__ = ["public_one", "_explicitly_exported"]
public_one = 1
public_two = 2
_explicitly_exported = "yes"
