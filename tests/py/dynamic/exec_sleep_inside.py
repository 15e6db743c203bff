# edge-differs: sleep() is an Edge concurrency builtin (CPython has none); expected output written by hand
# Code run by exec at the top level may suspend (sleep) like any other frame.
exec("sleep(0)\nprint('after sleep in exec')")
print(eval("sleep(0) or 'eval resumed'"))
