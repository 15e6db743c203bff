# __import__ errors.
for args, kw in ((("",), {}), (("sys",), {"level": -1}), (("no_such_module_here",), {})):
    try:
        __import__(*args, **kw)
    except (ValueError, ImportError) as e:
        print(type(e).__name__, e)
