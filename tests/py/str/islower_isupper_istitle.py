# islower/isupper/istitle count cased characters and ignore uncased ones.
for s in ["abc", "ABC", "Abc", "aBC", "abc1", "ABC1", "123", "", "ǅ", "ǅungla", "DŽ", "Hello World",
          "Hello world", "A1B", "ΣΑΣ", "σας", "ª", "ⅿ", "Ⅻ", "Ab Cd-Ef", "They'Re"]:
    print(repr(s), s.islower(), s.isupper(), s.istitle())
