# A backtracking Sudoku solver with constraint sets and a formatted board.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


class Sudoku:
    def __init__(self, text):
        rows = [r for r in text.split() if r]
        self.grid = [[0 if c == "." else int(c) for c in r] for r in rows]
        self.rows = [set() for _ in range(9)]
        self.cols = [set() for _ in range(9)]
        self.boxes = [set() for _ in range(9)]
        self.steps = 0
        for r in range(9):
            for c in range(9):
                if self.grid[r][c]:
                    self.place(r, c, self.grid[r][c])

    def place(self, r, c, v):
        self.grid[r][c] = v
        self.rows[r].add(v)
        self.cols[c].add(v)
        self.boxes[r // 3 * 3 + c // 3].add(v)

    def remove(self, r, c, v):
        self.grid[r][c] = 0
        self.rows[r].discard(v)
        self.cols[c].discard(v)
        self.boxes[r // 3 * 3 + c // 3].discard(v)

    def candidates(self, r, c):
        used = self.rows[r] | self.cols[c] | self.boxes[r // 3 * 3 + c // 3]
        return [v for v in range(1, 10) if v not in used]

    def solve(self):
        best = None
        for r in range(9):
            for c in range(9):
                if not self.grid[r][c]:
                    cands = self.candidates(r, c)
                    if best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
        if best is None:
            return True
        r, c, cands = best
        for v in cands:
            self.steps += 1
            self.place(r, c, v)
            if self.solve():
                return True
            self.remove(r, c, v)
        return False

    def __str__(self):
        lines = []
        for r, row in enumerate(self.grid):
            if r and r % 3 == 0:
                lines.append("------+-------+------")
            cells = [str(v or ".") for v in row]
            lines.append(" | ".join(" ".join(cells[i:i + 3]) for i in (0, 3, 6)))
        return "\n".join(lines)


s = Sudoku(PUZZLE)
print(s.candidates(0, 2), s.candidates(4, 4))
print(s.solve(), s.steps)
print(s)
print(all(sorted(row) == list(range(1, 10)) for row in s.grid))
