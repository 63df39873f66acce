package emergence.cli;

import emergence.core.BadInputException;
import emergence.core.outputs.Provenance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bin/lab} command line: train, score, figures, reproduce, model, bench. */
@Command(name = "lab", mixinStandardHelpOptions = true, versionProvider = Lab.Version.class,
        description = "Trains model families once, stores per-example outputs, and scores them with smooth "
                + "and sharp metrics.",
        subcommands = {TrainCommand.class, ScoreCommand.class, FiguresCommand.class, ReproduceCommand.class,
                ModelCommand.class, DemoCommand.class, BenchCommand.class, PlanCommand.class, AnalyseCommand.class,
                MigrateCommand.class, RefineCommand.class})
public final class Lab {
    /** The version the build recorded ({@code emergence-build.properties}), with the ND4J release it runs on. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"emergence-lab " + Provenance.build("lab.version") + " (DL4J/ND4J "
                    + Provenance.build("dl4j.version") + ")"};
        }
    }

    /** Exit code of a run refused for bad input (data, options, missing results). */
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        Interruption.install(args);
        System.exit(Interruption.exitStatus(execute(args)));
    }

    /** Exit code of a bug: the stack trace is in the log. */
    public static final int EXIT_BUG = 1;

    /** Runs the command line and returns the exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Lab());
        // --help (and --version) on every command, not only on bin/lab itself.
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> exitCode(ex, commandLine.getErr()));
        // A mistyped option gets one line and where to look, not the whole usage text.
        cl.setParameterExceptionHandler((ex, given) -> {
            String command = ex.getCommandLine().getCommandName();
            ex.getCommandLine().getErr().println("error: " + ex.getMessage() + ". See: bin/lab "
                    + (command.equals("lab") ? "" : command + " ") + "--help");
            return EXIT_BAD_INPUT;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            cl.getErr().println("error: the lab ran out of Java heap (" + e.getMessage() + ", at most "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB). Give it more, e.g. LAB_JAVA_OPTS='-Xmx8g "
                    + "-Dorg.bytedeco.javacpp.maxbytes=4G' bin/lab ... (bin/lab's default is -Xmx6g); what was stored "
                    + "is kept.");
            return EXIT_BAD_INPUT;
        }
    }

    /**
     * What a failed command exits with: 2 and one line for input the user can fix ({@link BadInputException}, or
     * a path that cannot be written: a full disk, no permission, a read-only file system), else 1 with the
     * stack trace (a bug).
     */
    static int exitCode(Exception ex, PrintWriter err) {
        if (Interruption.stopping()) {
            return EXIT_BAD_INPUT;  // not a bug: a signal's handler reports the stop and ends the JVM with its status
        }
        if (ex instanceof BadInputException) {
            err.println("error: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs) {
                err.println("error: cannot write " + fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason()
                        : fs.getClass().getSimpleName()) + ". Free space, fix the permissions or choose another --out;"
                        + " nothing half-written was left behind.");
                return EXIT_BAD_INPUT;
            }
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left on device")) {
                err.println("error: " + t.getMessage() + ". Free space or choose another --out; nothing half-written "
                        + "was left behind.");
                return EXIT_BAD_INPUT;
            }
        }
        err.println("error: a bug in the lab (please report it with this log):");
        ex.printStackTrace(err);
        return EXIT_BUG;
    }
}
