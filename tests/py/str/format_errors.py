# str.format errors, with CPython's messages.
cases = ["{", "}", "a}b", "{0", "{0:", "{0!", "{!}", "{0!x}", "{0!rr}", "{0.}", "{0[]}", "{0[0}", "{0[0]x}",
         "{0]}", "{0a}", "{-1}", "{0.nope}", "{}{}", "{1}", "{}{0}", "{0}{}", "{:{:{}}}", "{0:{{}}}", "{0:}}",
         "{a}", "{0{}}", "{99999999999999999999}", "{0!é}", "{0!:}", "{:d}", "{0:{1}}", "{0[1]}", "{0.real[0]}",
         "{.real}{.real}", "{:%s}"]
for fmt in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format("s")))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ":", e)
