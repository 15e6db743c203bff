# Stability holds for long lists with many equal keys.
data = [(i % 5, i) for i in range(40)]
data.sort(key=lambda t: t[0])
print(data)
print(sorted(data, key=lambda t: -t[0])[:8])
