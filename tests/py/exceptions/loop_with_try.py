# try inside loops: continue after errors.
results = []
for s in ["1", "two", "3", "", "5.0", "6"]:
    try:
        results.append(int(s))
    except ValueError as e:
        results.append("bad:" + repr(s))
        continue
    finally:
        pass
print(results)
