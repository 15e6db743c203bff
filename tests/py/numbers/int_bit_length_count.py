for v in [0, 1, -1, 7, 8, -8, 255, 256, 2**64 - 1, 2**64, -(2**64), 10**30]:
    print(v, v.bit_length(), v.bit_count())
print((True).bit_length(), int.bit_length(1023))
