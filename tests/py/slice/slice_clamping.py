# Slice bounds are clamped for every sequence type.
for seq in ["hello", [1, 2, 3, 4, 5], (1, 2, 3, 4, 5), b"hello", range(5)]:
    print(seq[-100:100], seq[3:-100], seq[100::-2], seq[-100::-1])
