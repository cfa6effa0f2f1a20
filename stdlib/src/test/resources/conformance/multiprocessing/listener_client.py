from multiprocessing import Process
from multiprocessing.connection import Listener, Client
import multiprocessing

def server(address_q, authkey):
    with Listener(('localhost', 0), authkey=authkey) as listener:
        address_q.put(listener.address)
        with listener.accept() as conn:
            print("server: accepted from", listener.last_accepted[0])
            while True:
                msg = conn.recv()
                if msg == "close":
                    break
                conn.send(("echo", msg))
            conn.send_bytes(b"raw bytes")
            conn.send_bytes(b"x" * 100000)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = Process(target=server, args=(q, b"secret"))
    p.start()
    address = q.get()
    with Client(address, authkey=b"secret") as conn:
        for m in [1, "two", [3, {"four": 4.0}]]:
            conn.send(m)
            print("client:", conn.recv())
        conn.send("close")
        print(conn.recv_bytes(), len(conn.recv_bytes()))
        print(conn.poll(0.5))
        try:
            conn.recv()
        except EOFError:
            print("EOF after the server closed")
    p.join()
    print("exit", p.exitcode)
    q2 = multiprocessing.Queue()
    p = Process(target=server, args=(q2, b"secret"))
    p.start()
    address = q2.get()
    try:
        Client(address, authkey=b"wrong")
    except multiprocessing.AuthenticationError as e:
        print("AuthenticationError:", e)
    p.terminate()
    p.join()
    for bad in [("x", dict(authkey="str"))]:
        try:
            Listener(bad[0] if bad[0] != "x" else None, **bad[1])
        except (TypeError, ValueError) as e:
            print(type(e).__name__)
