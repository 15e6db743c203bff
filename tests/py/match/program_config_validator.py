# Validating a JSON-like configuration with mapping patterns.
def validate_server(s):
    match s:
        case {"host": str(host), "port": int(port), **rest} if 0 < port < 65536:
            extra = f" (extra keys: {sorted(rest)})" if rest else ""
            return f"server {host}:{port}{extra}"
        case {"host": str(), "port": int(port)}:
            return f"error: port {port} out of range"
        case {"host": str()}:
            return "error: port missing or not an int"
        case {"port": _}:
            return "error: host missing"
        case dict():
            return "error: empty server section"
        case _:
            return f"error: server must be a mapping, not {type(s).__name__}"

def validate_users(users):
    match users:
        case []:
            return ["no users"]
        case [*entries]:
            out = []
            for u in entries:
                match u:
                    case {"name": str(n), "roles": [*roles]} if all(isinstance(r, str) for r in roles):
                        out.append(f"user {n} roles={roles}")
                    case {"name": str(n), "admin": True}:
                        out.append(f"admin {n}")
                    case {"name": str(n)}:
                        out.append(f"user {n} (no roles)")
                    case _:
                        out.append(f"bad user entry {u!r}")
            return out
        case _:
            return ["users must be a list"]

def validate(config):
    match config:
        case {"version": 1 | 2 as v, "server": server, "users": users}:
            print(f"version {v}")
            print(" ", validate_server(server))
            for line in validate_users(users):
                print(" ", line)
        case {"version": v}:
            print(f"unsupported or incomplete config version {v!r}")
        case _:
            print("not a config")

configs = [
    {"version": 1, "server": {"host": "example.org", "port": 443},
     "users": [{"name": "ann", "roles": ["dev", "ops"]}, {"name": "bob", "admin": True}, {"name": "cy"}]},
    {"version": 2, "server": {"host": "h", "port": 70000, "tls": True}, "users": []},
    {"version": 2, "server": {"host": "h", "port": 8080, "tls": True, "gzip": False},
     "users": [{"name": "dee", "roles": ["x", 1]}, "eve"]},
    {"version": 1, "server": {"port": 1}, "users": "everyone"},
    {"version": 1, "server": [], "users": []},
    {"version": 3},
    [1, 2, 3],
]
for c in configs:
    validate(c)
