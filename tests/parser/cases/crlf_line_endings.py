x = 1
if a:
    y = """a
b"""
