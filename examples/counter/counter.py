# A counter whose state lives in Python. Each button click arrives as an event.
from page import set_text, on_click

count = 0
set_text("#count", str(count))
on_click("#inc", "inc")
on_click("#dec", "dec")
print("counter ready")

while True:
    event = receive()
    if event == "inc":
        count += 1
    elif event == "dec":
        count -= 1
    set_text("#count", str(count))
