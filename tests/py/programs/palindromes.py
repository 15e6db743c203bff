# String reversal and palindrome checks.
def clean(s):
    return "".join(c.lower() for c in s if c.isalnum())
def is_palindrome(s):
    c = clean(s)
    return c == c[::-1]
tests = ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "Was it a car or a cat I saw?", "ab"]
for t in tests:
    print(repr(t), is_palindrome(t))
def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
print(longest_palindrome("forgeeksskeegfor"), longest_palindrome("abacdfgdcaba"))
print("stressed"[::-1], " ".join(w[::-1] for w in "hello big world".split()))
