# Helper package for the dynamic corpus (__import__ of dotted names).
