a = 'abc\
def'
b = '''abc\
def'''
c = "x" \
    "y"
