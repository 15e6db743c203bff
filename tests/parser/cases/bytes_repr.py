a = b"\x00\x7f\x80\xff"
b = b"'"
c = b'"'
d = b"'\""
e = b"\\"
