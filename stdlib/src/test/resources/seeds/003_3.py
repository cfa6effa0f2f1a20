# seed 003 (a notebook), cell "In [23]": a Thread subclass
# (run after 003_kernel.py, as the notebook ran it after its earlier cells)
from threading import Thread


class MyThread(Thread):
    def __init__(self, my_num, *args, **kwargs):
        self.my_num = my_num
        super().__init__(*args, **kwargs)

    def run(self) -> None:
        for _ in range(1_000):
            self.my_num += 1

    def get_my_num(self):
        return self.my_num


th = MyThread(my_num=10)
print(th.get_my_num())

th.start()
th.join()

print(th.get_my_num())
