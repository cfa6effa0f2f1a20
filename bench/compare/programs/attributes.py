# Reading and writing instance attributes, and calling methods, on small objects.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        self.x += other.x
        self.y += other.y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, n):
        self.position = Vector(n, -n)
        self.velocity = Vector(1, n % 3 - 1)


particles = [Particle(n) for n in range(100)]
checksum = 0
for step in range(24_000):
    for p in particles:
        p.position.add(p.velocity)
    checksum += particles[step % 100].position.norm1()
print("attributes", checksum, sum(p.position.x for p in particles))
