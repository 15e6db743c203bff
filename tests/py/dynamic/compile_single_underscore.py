# 'single' mode stores the last echoed value in builtins._; None is not echoed.
import builtins
exec(compile("6 * 7", "<s>", "single"))
print(builtins._)
exec(compile("None", "<s>", "single"))
print(builtins._)
exec(compile("for i in range(2): i\n\n", "<s>", "single"))
print(_)
