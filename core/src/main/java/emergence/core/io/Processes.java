package emergence.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process with a time limit that holds: its output (stdout and stderr together) goes to a temporary
 * file, so waiting for it never blocks on a full pipe, and a process past its limit is killed.
 */
public final class Processes {
    private Processes() {
    }

    /**
     * What a child process did.
     *
     * @param exitCode its exit code, or -1 when it was killed at the time limit
     * @param output   what it printed, trimmed
     */
    public record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs {@code command}, killing it after {@code limit}. */
    public static Result run(List<String> command, Duration limit) throws IOException, InterruptedException {
        Path log = Files.createTempFile("emergence-process", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8).trim();
            return new Result(finished ? p.exitValue() : -1, output);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
