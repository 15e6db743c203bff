a = """multi
line"""
b = '''also

multi'''
c = """has 'quotes' and "quotes" """
d = """"""
