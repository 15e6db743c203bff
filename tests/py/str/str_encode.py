# encode to bytes.
print("abc".encode(), "é".encode(), "😀".encode("utf-8"), "x".encode("ascii"))
print(len("é😀".encode()), "héllo".encode().decode() == "héllo")
