# a priority-queue based job scheduler with simulated time
import heapq
import itertools
class Job:
    def __init__(self, name, priority, duration, arrival):
        self.name, self.priority, self.duration, self.arrival = name, priority, duration, arrival
        self.remaining = duration
        self.started = self.finished = None
    def __repr__(self):
        return f"Job({self.name}, p={self.priority}, d={self.duration})"
jobs = [Job("build", 2, 5, 0), Job("test", 3, 3, 1), Job("deploy", 1, 2, 2), Job("lint", 3, 1, 2),
        Job("docs", 5, 2, 3), Job("hotfix", 0, 2, 6), Job("bench", 4, 4, 7)]
counter = itertools.count()
ready = []
pending = sorted(jobs, key=lambda j: j.arrival)
time = 0
timeline = []
current = None
QUANTUM = 2
slice_left = 0
while pending or ready or current:
    while pending and pending[0].arrival <= time:
        j = pending.pop(0)
        heapq.heappush(ready, (j.priority, next(counter), j))
        timeline.append(f"t={time} arrive {j.name}")
    if current and ready and ready[0][0] < current.priority:
        heapq.heappush(ready, (current.priority, next(counter), current))
        timeline.append(f"t={time} preempt {current.name}")
        current = None
    if current is None and ready:
        _, _, current = heapq.heappop(ready)
        if current.started is None:
            current.started = time
        slice_left = QUANTUM
        timeline.append(f"t={time} run {current.name}")
    time += 1
    if current:
        current.remaining -= 1
        slice_left -= 1
        if current.remaining == 0:
            current.finished = time
            timeline.append(f"t={time} done {current.name}")
            current = None
        elif slice_left == 0 and ready and ready[0][0] <= current.priority:
            heapq.heappush(ready, (current.priority, next(counter), current))
            current = None
print("\n".join(timeline))
print(f"{'job':<8}{'arr':>4}{'start':>6}{'end':>5}{'wait':>5}")
for j in jobs:
    print(f"{j.name:<8}{j.arrival:>4}{j.started:>6}{j.finished:>5}{j.finished - j.arrival - j.duration:>5}")
print("average turnaround:", sum(j.finished - j.arrival for j in jobs) / len(jobs))
