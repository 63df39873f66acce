package emergence.cli;

import emergence.core.BadInputException;
import emergence.core.experiment.BenchCase;
import emergence.core.experiment.Benchmarked;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.io.Processes;
import emergence.core.sweep.ResultsLayout;
import emergence.core.tables.Tables;
import emergence.training.sweep.NativeEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/lab bench EXPERIMENT}: seconds per epoch of the lab's training path and of the equivalent PyTorch
 * script in {@code bench/}, for each of the experiment's {@link BenchCase}s (same sizes, batch, optimiser and
 * threads, random data of the dataset's shape). Each case is timed as interleaved repeats, lab then PyTorch, lab then
 * PyTorch …, so that drift of the machine's speed falls on both: one row per repeat in {@code results/bench.csv},
 * written as each pair finishes (a case's earlier rows are replaced, other rows kept); the README shows the median
 * and range.
 */
@Command(name = "bench", description = "Time the lab's training path against PyTorch; writes results/bench.csv.")
final class BenchCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BenchCommand.class);
    static final String HEADER = "experiment,model,repeat,lab_s_per_epoch,pytorch_s_per_epoch,ratio";
    private static final int WARMUP_STEPS = 20;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "An experiment with benchmark cases.")
    String experiment;

    /**
     * A model of the paper sweeps trains for 190,000–240,000 examples; timing only 50 steps of each mostly
     * measures building its graph (once per model, then scaled ×9 to an epoch): the LeNet sweep measured 1.22×
     * PyTorch at 6,400 examples and 0.94× at 25,600.
     */
    @Option(names = "--examples", description = "Examples timed per model (extrapolated to an epoch). "
            + "Default: 25600.")
    int examples = 25_600;

    /** The same PyTorch LeNet step measured 29–87 ms within minutes here: one pair can move a ratio by 2×. */
    @Option(names = "--repeats", description = "Interleaved lab/PyTorch pairs per case. Default: 3.")
    int repeats = 3;

    @Option(names = "--models", split = ",", paramLabel = "MODEL[,MODEL…]", description = "Time only these cases "
            + "(the table's model column, e.g. sweep); their rows are replaced, the others kept. Default: every case.")
    List<String> models;

    @Option(names = "--threads", description = "Threads for both frameworks. Default: 2.")
    int threads = 2;

    @Option(names = "--python", description = "Python with torch. Default: /usr/bin/python3.")
    String python = "/usr/bin/python3";

    @Option(names = "--csv", description = "Output table. Default: results/bench.csv.")
    Path csv = ResultsLayout.COMMITTED.bench();

    @Override
    public Integer call() throws Exception {
        if (examples < 1280 || examples > 50_000) {
            throw new BadInputException("--examples must be in 1280..50000, got " + examples);
        }
        if (repeats < 1 || repeats > 20) {
            throw new BadInputException("--repeats must be in 1..20, got " + repeats);
        }
        Inputs.within("--threads", threads, 1, 256);
        Inputs.writableFile("--csv", csv);
        Experiment<?, ?> entry = Experiments.get(experiment);
        List<BenchCase> cases = cases(entry);
        if (cases.isEmpty()) {
            throw new BadInputException(experiment + " has no benchmark cases; experiments with some: "
                    + String.join(", ", Experiments.all().stream()
                    .filter(e -> e.capability(Benchmarked.class).isPresent()).map(Experiment::name).toList()));
        }
        List<String> chosen = models == null ? List.of() : Inputs.entries("--models", models);
        List<String> known = cases.stream().map(BenchCase::model).toList();
        if (!known.containsAll(chosen)) {
            throw new BadInputException("--models: " + experiment + " has no case " + chosen.stream()
                    .filter(m -> !known.contains(m)).toList() + "; its cases are " + String.join(", ", known));
        }
        if (!chosen.isEmpty()) {
            cases = cases.stream().filter(c -> chosen.contains(c.model())).toList();
        }
        List<String[]> table = read(csv);
        NativeEnvironment.pinThreads(threads);
        for (BenchCase c : cases) {
            table.removeIf(r -> r[0].equals(experiment) && r[1].equals(c.model()));
            for (int repeat = 1; repeat <= repeats; repeat++) {
                double lab = c.lab().getAsDouble();
                double torch = torch(c.script(), c.args());
                String[] row = {experiment, c.model(), "" + repeat, Tables.format(lab), Tables.format(torch),
                    Tables.format(lab / torch)};
                LOG.info("{} {} repeat {}/{}: lab {} s/epoch, PyTorch {} s/epoch, ratio {}", experiment,
                        c.model(), repeat, repeats, row[3], row[4], row[5]);
                table.add(row);
                Tables.writeCsv(csv, HEADER.split(","), printer -> {
                    for (String[] r : table) {
                        printer.printRecord((Object[]) r);
                    }
                });
            }
        }
        return 0;
    }

    private double torch(String script, List<String> args) throws IOException, InterruptedException {
        Path path = Path.of("bench", script);
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("missing " + path + "; run bench from the project root");
        }
        List<String> cmd = new ArrayList<>(List.of(python, path.toString()));
        cmd.addAll(args);
        cmd.addAll(List.of("--examples", "" + examples, "--threads", "" + threads, "--warmup", "" + WARMUP_STEPS));
        Processes.Result r = Processes.run(cmd, Duration.ofMinutes(30));
        if (!r.ok()) {
            throw new BadInputException("PyTorch reference failed (" + String.join(" ", cmd) + ", exit " + r.exitCode()
                    + "): " + r.output() + ". Install it with: apt-get install python3-torch libopenblas0-pthread");
        }
        String out = r.output();
        String[] lines = out.split("\n");
        return Double.parseDouble(lines[lines.length - 1].trim());
    }

    /** The rows of the table (none when it does not exist yet). */
    private static List<String[]> read(Path csv) {
        List<String[]> rows = new ArrayList<>();
        if (Files.isRegularFile(csv)) {
            Tables.readCsv(csv, HEADER, r -> rows.add(r.values()));
        }
        return rows;
    }

    /** The benchmark cases of an experiment that offers some; none otherwise. */
    private List<BenchCase> cases(Experiment<?, ?> e) {
        return e.capability(Benchmarked.class).map(b -> b.benchCases(examples, WARMUP_STEPS)).orElse(List.of());
    }
}
