# Helper holding shared mutable state.
registry = []
def register(name):
    registry.append(name)
    return len(registry)
