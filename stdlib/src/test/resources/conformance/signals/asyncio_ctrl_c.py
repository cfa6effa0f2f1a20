import asyncio, os, signal, time
async def main():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main task cancelled", flush=True)
        raise
    finally:
        print("finally ran", flush=True)
asyncio.get_event_loop_policy()
import threading
def ctrl_c_later():
    time.sleep(0.5)
    os.kill(os.getpid(), signal.SIGINT)
threading.Thread(target=ctrl_c_later).start()
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt out of asyncio.run")
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
