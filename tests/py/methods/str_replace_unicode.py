# replace on non-ASCII strings with growing and shrinking replacements.
s = "ça va? ça va!"
print(s.replace("ça", "it"), s.replace("a", "ä"), s.replace("ç", ""), s.replace("va", "😀", 1))
print("ééé".replace("é", "e", 2), "日本日本".replace("本", "本語"))
