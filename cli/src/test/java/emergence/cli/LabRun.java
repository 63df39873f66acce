package emergence.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM as a user would, capturing its exit code and what it printed. */
record LabRun(int code, String err, String out) {
    static LabRun of(String... args) {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
        ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errBuffer, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(outBuffer, true, StandardCharsets.UTF_8));
        try {
            int code = Lab.execute(args);
            return new LabRun(code, errBuffer.toString(StandardCharsets.UTF_8),
                    outBuffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
    }
}
