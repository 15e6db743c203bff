# The traceback's last line shows the repr of the missing key.
config = {"host": "localhost"}
print(config["host"])
print(config["port"])
