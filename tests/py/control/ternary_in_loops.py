# Nested control flow building output lines.
for row in range(1, 6):
    line = ""
    for col in range(1, 6):
        line += "#" if (row + col) % 2 == 0 else "."
    print(line)
