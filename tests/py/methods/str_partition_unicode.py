# partition/rpartition with multi-code-point separators in non-ASCII text.
s = "α→β→γ"
print(s.partition("→"), s.rpartition("→"), s.partition("β→"), s.rpartition("δ"))
print("😀a😀b😀".partition("😀"), "😀a😀b😀".rpartition("😀"))
