# zfill on non-ASCII and on strings longer than the width.
print("é".zfill(3), "-é".zfill(4), "+日".zfill(3), "1234".zfill(2), "".zfill(0), "-".zfill(0))
