# A text histogram of grades.
scores = [88, 92, 79, 65, 95, 70, 84, 58, 91, 77, 83, 69, 100, 45, 73]
bands = {}
for s in scores:
    band = min(s // 10 * 10, 90)
    bands[band] = bands.get(band, 0) + 1
for band in sorted(bands, reverse=True):
    label = f"{band}-{band + 9 if band < 90 else 100}"
    print(f"{label:>6} | {'#' * bands[band]} {bands[band]}")
mean = sum(scores) / len(scores)
ordered = sorted(scores)
mid = len(ordered) // 2
median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
var = sum((s - mean) ** 2 for s in scores) / len(scores)
print(f"mean={mean:.2f} median={median} min={min(scores)} max={max(scores)} var={var:.3f}")
