# Adjacent literal concatenation, across lines and with f-strings.
s = ("first "
     "second "
     'third')
print(s)
n = 5
print("n is " f"{n}" " ok")
print(len("ab" "cd"))
