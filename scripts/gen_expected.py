#!/usr/bin/env python3
"""Generates the expected output of the Python corpus (tests/py) from CPython 3.11.

CPython is the oracle: every case tests/py/<area>/<name>.py is run with `python3`
(cwd = the case's folder, the file name passed relative, PYTHONHASHSEED=0) and the
result is written beside it:

  <name>.out   exact stdout bytes (always written)
  <name>.err   only when the exit status is not 0: two lines, the exit status and the
               last non-empty line of stderr (e.g. `ZeroDivisionError: division by zero`)

Invariants this script keeps:
  - helper modules (any file under a `helpers/` folder, or whose name starts with `_`)
    are not cases and get no expected files;
  - a case holding a line that starts with `# edge-differs:` is never run or touched:
    its expected files are written by hand;
  - it is idempotent: a file is only rewritten when its content changes, and a stale
    .out/.err whose .py is gone (or is a helper) is deleted.

Usage: scripts/gen_expected.py [--jobs N] [--timeout S] [PATH_FILTER...]
A PATH_FILTER is a substring of the case path relative to tests/py (e.g. `str/` or
`programs/fizzbuzz`); with filters only matching cases (and stale files) are handled.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "py")
EDGE_DIFFERS = "# edge-differs:"
# Cases should need well under 0.2 s of CPython time; wall-clock time on a loaded machine
# is noisy, so only flag cases that are clearly too slow.
SLOW_SECONDS = 1.0


def rel(path):
    return os.path.relpath(path, CORPUS).replace(os.sep, "/")


def is_helper(path):
    r = rel(path)
    parts = r.split("/")
    return "helpers" in parts[:-1] or parts[-1].startswith("_")


def has_edge_differs(path):
    with open(path, encoding="utf-8") as f:
        return any(line.startswith(EDGE_DIFFERS) for line in f)


def matches(path, filters):
    return not filters or any(flt in rel(path) for flt in filters)


def write_if_changed(path, data):
    """Writes bytes to path unless it already holds them; returns True on a write."""
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    return True


def remove_if_present(path):
    try:
        os.remove(path)
        return True
    except FileNotFoundError:
        return False


def last_nonempty_line(data):
    lines = [ln for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def run_case(path, timeout):
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8",
               PYTHONUTF8="1")
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONINSPECT"):
        env.pop(var, None)
    start = time.monotonic()
    try:
        proc = subprocess.run(["python3", os.path.basename(path)],
                              cwd=os.path.dirname(path), env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return path, None, None, None, time.monotonic() - start
    return path, proc.returncode, proc.stdout, proc.stderr, time.monotonic() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("filters", nargs="*", help="substring(s) of the path relative to tests/py")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--any-python", action="store_true",
                    help="do not insist that python3 is CPython 3.11 (the oracle)")
    args = ap.parse_args()

    version = subprocess.run(["python3", "-c", "import sys, platform; "
                              "print(platform.python_implementation(), *sys.version_info[:2])"],
                             capture_output=True, text=True).stdout.split()
    if version != ["CPython", "3", "11"] and not args.any_python:
        print(f"python3 is {' '.join(version) or 'missing'}, the oracle is CPython 3.11 "
              "(pass --any-python to run anyway)", file=sys.stderr)
        return 2

    cases, hand_written, stale = [], [], []
    for dirpath, dirnames, filenames in os.walk(CORPUS):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if not matches(path, args.filters):
                continue
            stem, ext = os.path.splitext(path)
            if ext == ".py":
                if is_helper(path):
                    continue
                (hand_written if has_edge_differs(path) else cases).append(path)
            elif ext in (".out", ".err"):
                py = stem + ".py"
                if not os.path.exists(py) or is_helper(py):
                    stale.append(path)

    written = unchanged = failed = 0
    nonzero = 0
    slow = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = pool.map(lambda p: run_case(p, args.timeout), cases)
        for path, rc, out, err, elapsed in results:
            stem = os.path.splitext(path)[0]
            if rc is None:
                failed += 1
                print(f"TIMEOUT {rel(path)} (> {args.timeout:g} s), expected files left alone",
                      file=sys.stderr)
                continue
            if elapsed > SLOW_SECONDS:
                slow.append((elapsed, rel(path)))
            changed = write_if_changed(stem + ".out", out)
            if rc != 0:
                nonzero += 1
                changed |= write_if_changed(stem + ".err",
                                            f"{rc}\n{last_nonempty_line(err)}\n".encode())
            else:
                changed |= remove_if_present(stem + ".err")
            if changed:
                written += 1
                print(f"updated {rel(path)}")
            else:
                unchanged += 1

    for path in stale:
        os.remove(path)
        print(f"deleted stale {rel(path)}")

    for elapsed, r in sorted(slow, reverse=True):
        print(f"slow: {r} took {elapsed:.2f} s (keep cases well under 0.2 s)",
              file=sys.stderr)
    print(f"{len(cases)} cases: {written} updated, {unchanged} unchanged, {failed} timed out; "
          f"{nonzero} exit non-zero; {len(hand_written)} edge-differs skipped; "
          f"{len(stale)} stale deleted")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
