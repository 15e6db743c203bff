# Word-level transformations.
sentence = "the  rain in   spain"
print(sentence.split(), len(sentence.split()), " ".join(sentence.split()))
print([w for w in sentence.split() if "ain" in w])
print(max(sentence.split(), key=len), sorted(sentence.split(), key=len))
