# Towers of Hanoi move list.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(3, "A", "C", "B", moves)
for m in moves:
    print("move disk", m[0], "from", m[1], "to", m[2])
big = []
hanoi(12, "A", "C", "B", big)
print(len(big))
