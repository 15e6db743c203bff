# Searching in non-ASCII strings returns code-point offsets.
s = "naïve café 😀 naïve"
print(s.find("café"), s.find("😀"), s.rfind("naïve"), s.count("ï"), s.index(" "), s.upper())
print(s.split(" "), s.replace("naïve", "n"))
