package org.gilpy.stdlib.thread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Thread identities. {@code get_ident()} is the Java thread id: unique among the JVM's live
 * threads, as a pthread id is among a process's. {@code get_native_id()} is the kernel's id for
 * the thread (Linux's TID, read from {@code /proc/thread-self}), or the Java id elsewhere.
 */
final class Idents {
    private Idents() {}

    private static final ThreadLocal<Long> NATIVE = ThreadLocal.withInitial(Idents::readNativeId);

    static long current() {
        return Thread.currentThread().getId();
    }

    static long nativeId() {
        return NATIVE.get();
    }

    private static long readNativeId() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return Long.parseLong(self.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return current();
        }
    }
}
