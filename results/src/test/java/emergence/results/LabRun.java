package emergence.results;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM as a user would, capturing its exit code and what it printed to stderr. */
record LabRun(int code, String err) {
    static LabRun of(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int code = Lab.execute(args);
            return new LabRun(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }
}
