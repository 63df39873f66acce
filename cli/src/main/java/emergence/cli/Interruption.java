package emergence.cli;

import ch.qos.logback.classic.LoggerContext;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * A user's stop (Ctrl-C, {@code kill}) reported as one: SIGINT and SIGTERM print what was stored and the command that
 * resumes, then the JVM exits with 128 + the signal's number (130, 143), running its shutdown hooks (Spark stops).
 * The flag is set before any hook runs, so a command that fails because its engine is being stopped is not reported
 * as a bug. {@code sun.misc.Signal} is the JDK's only way to act on a signal before the shutdown hooks start (its
 * {@code jdk.unsupported} module is exported).
 */
final class Interruption {
    private static volatile String signal;
    private static volatile int status;
    private static volatile Supplier<String> stored = () -> "";

    private Interruption() {
    }

    /** Handles SIGINT and SIGTERM for this process, naming {@code args} as the command that resumes. */
    static void install(String... args) {
        for (String name : List.of("INT", "TERM")) {
            Signal.handle(new Signal(name), s -> {
                status = 128 + s.getNumber();
                signal = "SIG" + s.getName();
                String what = describeStored();
                System.err.println("stopped by " + signal + (what.isEmpty() ? "" : "; " + what)
                        + ". Every finished run is stored; resume with: bin/lab " + shellWords(args));
                // What an engine logs while it is being stopped (Spark's executors refusing tasks) is not news.
                if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logs) {
                    logs.stop();
                }
                Runtime.getRuntime().exit(status);
            });
        }
    }

    /** What the running command has stored so far, for the stop message (e.g. {@code 3 of 8 runs stored in DIR}). */
    static void storedSoFar(Supplier<String> describe) {
        stored = describe;
    }

    /** Whether a signal is stopping this process. */
    static boolean stopping() {
        return signal != null;
    }

    /**
     * The status {@code main} exits with: the command's, or, once a signal is stopping the JVM, the signal's (the
     * command may have ended first, failing on an engine being stopped; waiting lets the handler's exit win).
     */
    static int exitStatus(int commandStatus) {
        if (!stopping()) {
            return commandStatus;
        }
        try {
            Thread.sleep(60_000);  // the handler ends the JVM well before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status;
    }

    /** The arguments as a shell reads them back: quoted where they hold anything but plain characters. */
    static String shellWords(String... args) {
        List<String> words = new java.util.ArrayList<>();
        for (String a : args) {
            words.add(a.matches("[A-Za-z0-9_./:=,@%+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return String.join(" ", words);
    }

    private static String describeStored() {
        try {
            return stored.get();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
