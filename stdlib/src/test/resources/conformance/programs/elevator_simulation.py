# discrete elevator simulation with a request queue
class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.current = 0
        self.direction = 0
        self.stops = set()
        self.log = []
        self.moved = 0
    def request(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        self.stops.add(floor)
    def step(self, t):
        if not self.stops:
            self.direction = 0
            return
        if self.current in self.stops:
            self.stops.discard(self.current)
            self.log.append(f"t={t}: stop at {self.current}")
            return
        if self.direction == 0:
            nearest = min(self.stops, key=lambda f: (abs(f - self.current), f))
            self.direction = 1 if nearest > self.current else -1
        ahead = [f for f in self.stops if (f - self.current) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        self.current += self.direction
        self.moved += 1
schedule = {0: [5, 2], 3: [0], 4: [7], 9: [1, 6], 15: [3]}
e = Elevator(8)
for t in range(30):
    for f in schedule.get(t, []):
        e.request(f)
        e.log.append(f"t={t}: request {f}")
    e.step(t)
print("\n".join(e.log))
print("final floor", e.current, "floors moved", e.moved, "pending", sorted(e.stops))
try:
    e.request(9)
except ValueError as err:
    print("ValueError:", err)
