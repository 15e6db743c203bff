# raise SystemExit(n) ends the program with status n and prints nothing to stderr.
print("exiting with 3")
raise SystemExit(3)
