# Underscores in every numeric literal kind.
print(1_0, 0x_ff_ff, 0o_1_2, 0b_1_0, 1_0.5_0, 1_0e1_0, .1_1)
print(1_000 + 2_000)
