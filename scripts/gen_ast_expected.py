#!/usr/bin/env python3
"""Generates the expected outputs of the parser corpus from CPython 3.11's own parser.

  tests/parser/cases/<name>.py   valid programs; writes <name>.ast, the exact output of
                                 ast.dump(ast.parse(source)) plus a newline
  tests/parser/errors/<name>.py  programs with one syntax error; writes <name>.err:
                                     <ExceptionClass>: <message>
                                     line <n>
                                 A file containing "# edge-differs: <reason>" keeps its
                                 hand-written .err (Edge deliberately differs there).

ast.parse() stops after the parser, so only parser errors can appear; errors CPython
raises later (symbol table, compiler) do not belong in the error corpus, and the script
refuses files that parse. tests/unit/test_parser.cpp compares Edge against these files.

    python3 scripts/gen_ast_expected.py          # regenerate everything
    python3 scripts/gen_ast_expected.py --check  # report stale files, write nothing
"""
import ast
import os
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "parser", "cases")
ERRORS = os.path.join(ROOT, "tests", "parser", "errors")
DIFFERS = b"# edge-differs:"


def expected_case(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        sys.exit(f"{path}: a case must parse, but: {type(e).__name__}: {e.msg} (line {e.lineno})")
    return ast.dump(tree) + "\n"


def expected_error(path):
    with open(path, "rb") as f:
        source = f.read()
    if DIFFERS in source:
        return None
    try:
        ast.parse(source, filename=path)
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg}\nline {e.lineno}\n"
    sys.exit(f"{path}: an error case must not parse")


def sources(folder):
    if not os.path.isdir(folder):
        return []
    return sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".py"))


def main():
    # `1if x else y` and invalid escapes warn; only the trees and errors matter here.
    warnings.simplefilter("ignore")
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11: the expected files are 3.11's ast.dump output")
    check = "--check" in sys.argv[1:]
    stale = written = 0
    jobs = [(p, p[:-3] + ".ast", expected_case(p)) for p in sources(CASES)]
    jobs += [(p, p[:-3] + ".err", expected_error(p)) for p in sources(ERRORS)]
    for source, target, text in jobs:
        if text is None:
            if not os.path.exists(target):
                sys.exit(f"{source} is marked edge-differs but has no hand-written {os.path.basename(target)}")
            continue
        current = None
        if os.path.exists(target):
            with open(target, encoding="utf-8") as f:
                current = f.read()
        if current == text:
            continue
        stale += 1
        if check:
            print(f"stale: {os.path.relpath(target, ROOT)}")
        else:
            with open(target, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            written += 1
    if check:
        print(f"{len(jobs)} files, {stale} stale")
        sys.exit(1 if stale else 0)
    print(f"{len(jobs)} files, {written} written")


if __name__ == "__main__":
    main()
