# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# try/except/finally around a suspending call keeps working after the task resumes.
def risky(n):
    sleep(0)
    if n == 2:
        raise KeyError(n)
    return n

async def main():
    out = []
    for n in range(4):
        try:
            out.append(risky(n))
        except KeyError as e:
            out.append("caught " + repr(e))
        finally:
            out.append("finally")
    return out

print(run(main()))
