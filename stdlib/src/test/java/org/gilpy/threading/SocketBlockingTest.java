package org.gilpy.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sockets block as CPython's do: without the GIL (other threads run Python while one waits in
 * accept, recv, connect's wait, select or a socket file's readline) and interruptibly (Ctrl-C
 * raises KeyboardInterrupt in a main thread blocked there, and the socket stays usable). The
 * assertions are about what happened, never about how long it took.
 */
class SocketBlockingTest {

    @Test
    void threadsBlockedOnSocketsDoNotHoldTheGil() {
        PyRun.expect("""
                import select, socket, threading, time
                listener = socket.create_server(("127.0.0.1", 0))
                a, b = socket.socketpair()
                c, d = socket.socketpair()
                e, f = socket.socketpair()
                udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                udp.bind(("127.0.0.1", 0))
                rfile = f.makefile("rb")
                waits = {
                    "accept": lambda: listener.accept()[0].close(),
                    "recv": lambda: b.recv(10),
                    "recvfrom": lambda: udp.recvfrom(10),
                    "select": lambda: select.select([d], [], []),
                    "readline": lambda: rfile.readline(),
                }
                state = {}
                def blocked(kind):
                    state[kind] = "waiting"
                    waits[kind]()
                    state[kind] = "done"
                threads = [threading.Thread(target=blocked, args=(k,)) for k in waits]
                for t in threads: t.start()
                while len(state) < len(waits):
                    time.sleep(0.001)
                n = 0
                for i in range(100000):
                    n += i
                print(n, sorted(k for k, v in state.items() if v == "waiting"))
                socket.create_connection(listener.getsockname()).close()
                a.sendall(b"x")
                socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"y", udp.getsockname())
                c.sendall(b"z")
                e.sendall(b"line\\n")
                for t in threads: t.join()
                print(sorted(state.values()) == ["done"] * len(waits))
                """, """
                4999950000 ['accept', 'readline', 'recv', 'recvfrom', 'select']
                True
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"accept", "recv", "recvfrom", "select", "readline", "sendall"})
    void ctrlCInterruptsAMainThreadBlockedOnASocket(String where) throws Exception {
        PyRun run = new PyRun(0.005).start("""
                import select, socket, time
                where = "%s"
                listener = socket.create_server(("127.0.0.1", 0))
                a, b = socket.socketpair()
                udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                udp.bind(("127.0.0.1", 0))
                try:
                    print("ready", flush=True)
                    if where == "accept":
                        listener.accept()
                    elif where == "recv":
                        b.recv(10)
                    elif where == "recvfrom":
                        udp.recvfrom(10)
                    elif where == "select":
                        select.select([b], [], [])
                    elif where == "readline":
                        b.makefile("rb").readline()
                    else:
                        while True:
                            a.sendall(b"x" * 65536)
                except KeyboardInterrupt:
                    print("KeyboardInterrupt in", where)
                time.sleep(0.01)
                a.sendall(b"still open")
                print(b.recv(10) if where != "sendall" else "sockets open", a.fileno() > 0)
                """.formatted(where));
        run.awaitOutput("ready");
        run.interpreter().interrupt();
        PyRun.Result r = run.await();
        String after = where.equals("sendall") ? "sockets open" : "b'still open'";
        assertEquals("ready\nKeyboardInterrupt in " + where + "\n" + after + " True\n", r.out(), r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void aDaemonThreadBlockedInAcceptDoesNotKeepTheProgramRunning() {
        PyRun.expect("""
                import socket, threading, time
                listener = socket.create_server(("127.0.0.1", 0))
                started = threading.Event()
                def serve():
                    started.set()
                    listener.accept()
                threading.Thread(target=serve, daemon=True).start()
                started.wait()
                print("main ends")
                """, "main ends\n");
    }

    @Test
    void closingASocketWakesAThreadBlockedOnIt() {
        PyRun.expect("""
                import socket, threading, time
                a, b = socket.socketpair()
                result = []
                def reader():
                    try:
                        result.append(b.recv(10))
                    except OSError as e:
                        result.append(e.errno)
                t = threading.Thread(target=reader)
                t.start()
                while not t.is_alive():
                    time.sleep(0.001)
                time.sleep(0.05)
                b.close()
                t.join()
                print(result)
                """, "[9]\n");
    }
}
