# compile(..., 'single') echoes expression values like the interactive prompt.
exec(compile("1 + 2", "<stdin>", "single"))
exec(compile("'text'", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
exec(compile("x = 5", "<stdin>", "single"))
exec(compile("if True:\n    [1, 2]\n", "<stdin>", "single"))
exec(compile("x * 2", "<stdin>", "single"))
