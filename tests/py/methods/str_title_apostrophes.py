# title() capitalises after any non-letter, including apostrophes and digits.
for s in ["hello world", "they're", "o'neil mcdonald", "3rd place", "hello-world_foo", "ÉCOLE é", "a1b2c3"]:
    print(s.title(), s.istitle(), s.title().istitle())
