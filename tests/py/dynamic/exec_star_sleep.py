# edge-differs: sleep() is an Edge concurrency builtin (CPython has none); expected output written by hand
# exec(*args) runs its code as a frame of the task too, so it may suspend.
args = ("sleep(0)\nprint('resumed in exec(*args)')",)
exec(*args)
print(eval(*("sleep(0) or 'eval(*args) resumed'",)))
