# seed 003 (a notebook), cell "In [19]" of "Race state example"
# (run after 003_kernel.py, as the notebook ran it after its earlier cells)
database_value = 0


def increase():
    global database_value
    local_copy = database_value

    # processing
    for _ in range(10):
        local_copy += 1
        time.sleep(0.01)

    database_value = local_copy


print(f"start value {database_value}")

threads = []
num_threads = 10

# create processes
for i in range(num_threads):
    t = Thread(target=increase)
    threads.append(t)

start_time = time.time()
# start processes
for t in threads:
    t.start()

# join processes:
for t in threads:
    t.join()

print(f"env value {database_value}")
