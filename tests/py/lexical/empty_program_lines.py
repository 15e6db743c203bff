


# Blank lines and a trailing comment only around one statement.
print("only output")

# end
