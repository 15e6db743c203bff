# Distinguishing a None value from a missing key.
d = {"present": None}
print(d.get("present"), d.get("absent"), "present" in d, "absent" in d)
print(d.get("present", "dflt"), d.get("absent", "dflt"))
