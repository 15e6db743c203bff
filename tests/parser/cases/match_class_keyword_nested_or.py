match cmd:
    case Click(position=(x, y), button=Button.LEFT | Button.RIGHT):
        pass
    case KeyPress(key_name="Q") | Quit():
        pass
