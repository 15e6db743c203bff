# Caesar cipher and brute-force decoding.
def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c
def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)
msg = "Attack at Dawn, 5 o'clock!"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar("xyz XYZ", 4), caesar(msg, 26) == msg, caesar(msg, -29) == caesar(msg, -3))
secret = caesar("the quick brown fox", 11)
for k in range(26):
    guess = caesar(secret, -k)
    if "the " in guess:
        print("key", k, "->", guess)
