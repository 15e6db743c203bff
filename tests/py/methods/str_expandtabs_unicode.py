# expandtabs counts columns in code points.
print(repr("é\tx".expandtabs(4)), repr("日本\t|".expandtabs(3)), repr("😀\t😀\t".expandtabs(2)))
