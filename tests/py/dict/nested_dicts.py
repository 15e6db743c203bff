# Nested dict access and update.
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": False}
config["db"]["user"] = "admin"
config["db"]["ports"].append(5434)
print(config)
print(config["db"]["ports"][-1], config.get("cache", {}).get("size", 0))
