package org.gilpy.vm;

import java.util.List;
import java.util.Locale;

/**
 * The GIL statistics of one interpreter (one gilpy process) at one moment, per thread: what
 * {@code -X gil_stats} prints at exit, {@code gilpy.gil.stats()} returns to Python, and
 * {@link Interpreter#gilStats()} returns to a Java host. Times are in nanoseconds.
 */
public record GilStats(int interpreterId, long pid, double switchInterval, List<ThreadStats> threads) {

    /**
     * One thread's figures. lifetime: from its thread state's creation to its last release of the
     * GIL (or to now); held + waited + blocked cover it but for the instants before its first request.
     * switches: acquisitions that took the GIL from another thread. dropRequestsMade: drop requests
     * it made while waiting; dropRequestsObeyed: times it dropped the GIL on such a request.
     */
    public record ThreadStats(String name, long ident, GilAccount.State state, long lifetime, long held,
            long waited, long blocked, long acquisitions, long switches, long dropRequestsMade,
            long dropRequestsObeyed, long longestWait) {}

    /** The sum over all threads. */
    public ThreadStats total() {
        long[] sum = new long[9];
        for (ThreadStats t : threads) {
            long[] row = {t.lifetime, t.held, t.waited, t.blocked, t.acquisitions, t.switches, t.dropRequestsMade,
                t.dropRequestsObeyed, t.longestWait};
            for (int i = 0; i < row.length; i++) {
                sum[i] = i == 8 ? Math.max(sum[i], row[i]) : sum[i] + row[i];
            }
        }
        return new ThreadStats("total", 0, null, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7],
                sum[8]);
    }

    private static final String ROW = "%-22s %9s %9s %9s %8s %8s %7s %7s %9s%n";

    /** The table -X gil_stats prints: one row per thread, then the total. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "GIL statistics, process %d (interpreter %d), switch interval %s ms%n",
                pid, interpreterId, millis((long) (switchInterval * 1e9))));
        sb.append(String.format(Locale.ROOT, ROW, "thread", "hold ms", "wait ms", "block ms", "acquires",
                "switches", "drops", "obeyed", "max wait"));
        for (ThreadStats t : threads) {
            sb.append(row(t));
        }
        sb.append(row(total()));
        sb.append("hold: running Python with the GIL; wait: asking for it; block: sleeping, waiting on a lock or\n"
                + "doing I/O without it; drops: drop requests made while waiting; obeyed: GIL dropped on request;\n"
                + "max wait: longest single wait for the GIL (ms)\n");
        return sb.toString();
    }

    private static String row(ThreadStats t) {
        String name = t.name.length() > 22 ? t.name.substring(0, 21) + "~" : t.name;
        return String.format(Locale.ROOT, ROW, name, millis(t.held), millis(t.waited), millis(t.blocked),
                t.acquisitions, t.switches, t.dropRequestsMade, t.dropRequestsObeyed, millis(t.longestWait));
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
