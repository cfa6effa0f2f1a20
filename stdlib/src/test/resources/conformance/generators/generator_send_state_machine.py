# a state machine implemented as a generator driven by send()
def traffic_light():
    state = "red"
    ticks = 0
    while True:
        event = yield state
        ticks += 1
        if event == "reset":
            state = "red"
        elif state == "red" and event == "timer":
            state = "green"
        elif state == "green" and event == "timer":
            state = "yellow"
        elif state == "yellow" and event == "timer":
            state = "red"
        elif event == "emergency":
            state = "flashing"
        if ticks > 8:
            return f"stopped after {ticks} ticks in {state}"
light = traffic_light()
print(next(light))
for ev in ["timer", "timer", "noop", "timer", "timer", "emergency", "timer", "reset"]:
    print(ev, "->", light.send(ev))
try:
    light.send("timer")
except StopIteration as e:
    print(e.value)
def tokenizer():
    tokens = []
    buf = ""
    while True:
        ch = yield tokens
        tokens = []
        if ch is None:
            if buf:
                tokens.append(buf)
            buf = ""
        elif ch.isalnum():
            buf += ch
        else:
            if buf:
                tokens.append(buf)
            buf = ""
            if not ch.isspace():
                tokens.append(ch)
t = tokenizer()
next(t)
out = []
for ch in "x1 = foo(y, 42);":
    out.extend(t.send(ch))
out.extend(t.send(None))
print(out)
