package emergence.results;

import emergence.common.sweep.SweepRunner;
import emergence.common.tables.Tables;
import emergence.lenet.LeNetBudget;
import emergence.lenet.LeNetFamily;
import emergence.lenet.LeNetNetwork;
import emergence.lenet.LeNetSize;
import emergence.lenet.LeNetTrainer;
import emergence.lenet.MnistTensors;
import emergence.common.data.LabeledImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/lab bench lenet-mnist}: seconds per 60,000-image epoch of the lab's training path and of the
 * equivalent PyTorch script ({@code bench/lenet_torch.py}, same sizes, batch, optimiser and threads, random
 * MNIST-shaped data) at three sizes, measured in one run and written to {@code results/bench.csv}.
 */
@Command(name = "bench", description = "Time the lab's training path against PyTorch; writes results/bench.csv.")
final class Bench implements Callable<Integer> {
    static final String HEADER = "experiment,model,lab_s_per_epoch,pytorch_s_per_epoch,ratio";

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "lenet-mnist")
    String experiment;

    @Option(names = "--examples", description = "Images timed per size (extrapolated to 60,000). Default: 6400.")
    int examples = 6400;

    @Option(names = "--threads", description = "Threads for both frameworks. Default: 2.")
    int threads = 2;

    @Option(names = "--python", description = "Python with torch. Default: /usr/bin/python3.")
    String python = "/usr/bin/python3";

    @Option(names = "--csv", description = "Output table. Default: results/bench.csv.")
    Path csv = Path.of("results", "bench.csv");

    private static final int WARMUP_STEPS = 20;
    private static final int EPOCH = 60_000;

    @Override
    public Integer call() throws Exception {
        if (!experiment.equals(emergence.lenet.LeNetMnist.NAME)) {
            throw new IllegalArgumentException("bench supports lenet-mnist so far, got '" + experiment + "'");
        }
        if (examples < 1280 || examples > 60_000) {
            throw new IllegalArgumentException("--examples must be in 1280..60000, got " + examples);
        }
        SweepRunner.pinThreads(threads);
        List<LeNetSize> sizes = List.of(LeNetFamily.SIZES.get(0), LeNetFamily.SIZES.get(7),
                LeNetFamily.SIZES.get(LeNetFamily.SIZES.size() - 1));
        List<String[]> rows = new ArrayList<>();
        for (LeNetSize size : sizes) {
            double lab = labSecondsPerEpoch(size);
            double torch = torchSecondsPerEpoch(size);
            String[] row = {experiment, size.id(), Tables.format(lab), Tables.format(torch),
                Tables.format(lab / torch)};
            Lab.LOG.info("{} {}: lab {} s/epoch, PyTorch {} s/epoch, ratio {}", experiment, size.id(), row[2], row[3],
                    row[4]);
            rows.add(row);
        }
        writeRows(rows);
        return 0;
    }

    private double labSecondsPerEpoch(LeNetSize size) {
        MnistTensors data = MnistTensors.of(randomImages(examples + WARMUP_STEPS * 128, 1));
        LeNetTrainer warm = new LeNetTrainer(data, data, new LeNetBudget(WARMUP_STEPS * 128, 1, 128, 1e-3));
        LeNetNetwork net = LeNetNetwork.build(size, 1);
        warm.fit(net, 1, f -> { });
        LeNetTrainer timed = new LeNetTrainer(data, data, new LeNetBudget(examples, 1, 128, 1e-3));
        long start = System.nanoTime();
        timed.fit(net, 2, f -> { });
        return (System.nanoTime() - start) / 1e9 * EPOCH / examples;
    }

    private double torchSecondsPerEpoch(LeNetSize size) throws IOException, InterruptedException {
        Path script = Path.of("bench", "lenet_torch.py");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("missing " + script + "; run bench from the project root");
        }
        Process p = new ProcessBuilder(python, script.toString(), "--conv1", Integer.toString(size.conv1()),
                "--conv2", Integer.toString(size.conv2()), "--hidden", Integer.toString(size.hidden()),
                "--examples", Integer.toString(examples), "--threads", Integer.toString(threads),
                "--warmup", Integer.toString(WARMUP_STEPS)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("PyTorch reference failed (" + python + " " + script + "): " + out
                    + ". Install it with: apt-get install python3-torch libopenblas0-pthread");
        }
        String[] lines = out.split("\n");
        return Double.parseDouble(lines[lines.length - 1].trim());
    }

    private static LabeledImages randomImages(int n, long seed) {
        Random rng = new Random(seed);
        byte[] pixels = new byte[n * 784];
        rng.nextBytes(pixels);
        int[] labels = rng.ints(n, 0, 10).toArray();
        return new LabeledImages(n, 1, 28, 28, pixels, labels);
    }

    /** Replaces this experiment's rows in the table, keeping other experiments' rows. */
    private void writeRows(List<String[]> rows) throws IOException {
        List<String[]> kept = new ArrayList<>();
        if (Files.isRegularFile(csv)) {
            try (var reader = Files.newBufferedReader(csv);
                 var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                         .parse(reader)) {
                for (CSVRecord r : parser) {
                    if (!r.get("experiment").equals(experiment)) {
                        kept.add(r.values());
                    }
                }
            }
        }
        kept.addAll(rows);
        Tables.writeCsv(csv, HEADER.split(","), printer -> {
            for (String[] r : kept) {
                printer.printRecord((Object[]) r);
            }
        });
    }
}
