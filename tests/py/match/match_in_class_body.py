# A match statement in a class body binds class attributes.
mode = "fast"
class Config:
    match mode:
        case "fast":
            speed = 10
        case "slow":
            speed = 1
print(Config.speed)
