print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__)
print((3.0).__trunc__() if False else int(3.0), (1.5).hex(), float.fromhex('0x3p0'))
print(abs(-2.5), -(-2.5), +(-2.5), 2.5 == 5 / 2, 0.1 * 3 == 0.3)
