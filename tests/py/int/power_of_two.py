# 2**1000 and friends.
print(2 ** 1000)
print(len(str(2 ** 1000)), sum(int(d) for d in str(2 ** 1000)))
print(2 ** 1000 // 2 ** 999, (2 ** 1000).bit_length(), (2 ** 1000 - 1).bit_length())
print(-(2 ** 100), (-2) ** 101)
