package emergence.common.outputs;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique names for files and folders written under a temporary name and then renamed into place (created
 * with the process's default permissions, unlike {@code Files.createTemp*}, which makes them owner-only).
 */
public final class TempNames {
    private static final AtomicLong COUNTER = new AtomicLong();

    private TempNames() {
    }

    /** {@code prefix-<pid>-<n>}: unique within this process and across concurrent processes. */
    public static String of(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }
}
