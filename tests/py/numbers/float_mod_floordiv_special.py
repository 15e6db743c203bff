inf = float('inf')
print(-7.0 // inf, 7.0 % -inf, inf // 1, inf % 1, divmod(inf, 1), divmod(-1e-300, 1))
print(-1e-300 % 1, 0.0 % -1, -0.0 % 1, -0.0 // 1, 1 // -1e300, (2**64) % -3, (-2**64) // 7)
