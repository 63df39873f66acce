package emergence.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {
    @TempDir
    Path tmp;

    @Test
    void outputOfBothStreamsAndTheExitCodeComeBack() throws Exception {
        Processes.Result r = Processes.run(List.of("sh", "-c", "echo out; echo err 1>&2; exit 3"), Duration.ofMinutes(1));
        assertEquals(3, r.exitCode());
        assertTrue(r.output().contains("out") && r.output().contains("err"), r.output());
    }

    @Test
    void aProcessPastItsLimitIsKilledEvenWhenItFillsThePipe() throws Exception {
        // 1 MB of output first: a pipe read only at the end would have blocked the child before the limit.
        Processes.Result r = Processes.run(List.of("sh", "-c", "head -c 1000000 /dev/zero; exec sleep 30"),
                Duration.ofMillis(500));
        assertEquals(-1, r.exitCode());
        assertFalse(r.ok());
    }

    @Test
    void staleTemporaryFilesOfDeadProcessesAreRemovedAndLiveOnesKept() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path stale = Files.writeString(tmp.resolve(".tmp-summary.csv-" + dead.pid() + "-1"), "half");
        Path live = Files.writeString(tmp.resolve(AtomicFiles.tempName(".tmp-summary.csv")), "being written");
        Path table = Files.writeString(tmp.resolve("summary.csv"), "kept");
        AtomicFiles.removeStale(tmp);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live) && Files.exists(table));
    }
}
