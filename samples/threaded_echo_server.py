# threaded_echo_server.py: I/O-bound threads overlap over sockets.
#
# What it shows: a TCP echo server on localhost that takes DELAY seconds to answer each line
# (as a slow database or remote service would), and clients that each send it LINES lines.
# Served by one thread, the clients wait one after another; served by a thread per
# connection (socketserver.ThreadingTCPServer), the clients' waits overlap, because a thread
# blocked in recv() or sleeping holds no GIL. The clients are threads too, blocked in
# readline() while they wait for each answer. The results are logged with logging.
#
# What you should see: the serial server takes about CLIENTS * LINES * DELAY seconds
# (4 * 5 * 0.05 = 1 s), the threaded one about LINES * DELAY (0.25 s): a ratio near
# 1/CLIENTS (0.25), as on CPython 3.11.
import logging
import socket
import socketserver
import sys
import threading
import time

CLIENTS = 4
LINES = 5
DELAY = 0.05

log = logging.getLogger("echo")


class SlowEcho(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            time.sleep(DELAY)
            self.wfile.write(line.upper())


def client(address, n, replies):
    with socket.create_connection(address) as sock:
        f = sock.makefile("rwb")
        for i in range(LINES):
            f.write(b"client %d line %d\n" % (n, i))
            f.flush()
            replies.append(f.readline())
        f.close()


def run(server_class):
    """Seconds for CLIENTS clients talking to a server of this class at once."""
    with server_class(("127.0.0.1", 0), SlowEcho) as server:
        serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01},
                                   name="server")
        serving.start()
        replies = []
        clients = [threading.Thread(target=client, args=(server.server_address, n, replies),
                                    name=f"client-{n}") for n in range(CLIENTS)]
        start = time.perf_counter()
        for t in clients:
            t.start()
        for t in clients:
            t.join()
        elapsed = time.perf_counter() - start
        server.shutdown()
        serving.join()
    assert len(replies) == CLIENTS * LINES and all(r.startswith(b"CLIENT") for r in replies)
    return elapsed


def main():
    logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                        format="%(levelname)s:%(name)s: %(message)s")
    print("Threads blocked on sockets release the GIL, so a thread per connection serves "
          "slow clients at once.")
    serial = run(socketserver.TCPServer)
    log.info("one thread:            %.2f s for %d clients of %d lines", serial, CLIENTS, LINES)
    threaded = run(socketserver.ThreadingTCPServer)
    log.info("a thread per client:   %.2f s, ratio %.2f (about %.2f expected)",
             threaded, threaded / serial, 1 / CLIENTS)


if __name__ == "__main__":
    main()
