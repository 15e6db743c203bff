# edge-differs: Edge carries no Unicode name database for \N{...}
x = '\N{BULLET}'
