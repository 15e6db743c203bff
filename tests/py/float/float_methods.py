# Methods and attributes on float.
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"))
print((3.7).real, (3.7).imag, (3.7).conjugate())
