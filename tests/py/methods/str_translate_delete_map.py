# translate with deletion maps built from dict.fromkeys and with a lookup class.
remove_punct = dict.fromkeys(map(ord, ",.!?;:"))
print("Hello, world! How are you?".translate(remove_punct))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello World".translate(rot13), "Hello World".translate(rot13).translate(rot13))

class Upper:
    def __getitem__(self, cp):
        if 97 <= cp <= 122:
            return cp - 32
        raise LookupError

print("mixed Case 123".translate(Upper()))
