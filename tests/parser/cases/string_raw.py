a = r'\n\t\x41'
b = R"\d+\.\d*"
c = r'\''
d = r"""raw
triple\n"""
