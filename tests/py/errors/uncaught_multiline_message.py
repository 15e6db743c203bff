# Only the last line of a multi-line message is compared.
raise ValueError("first line\nsecond line")
