# edge-differs: except* (exception groups) is not supported by Edge
try:
    pass
except* ValueError:
    pass
