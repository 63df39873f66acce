package emergence.lenet;

import emergence.core.data.LabeledImages;
import emergence.core.experiment.BenchCase;
import emergence.training.nn.AdamBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The benchmark cases of {@link LeNetMnist}: the lab's training path against PyTorch on random data of MNIST's
 * shape.
 */
final class LeNetBench {
    private static final int BATCH = 128;
    private static final double BENCH_LEARNING_RATE = 1e-4;

    private LeNetBench() {
    }

    static List<BenchCase> cases(int examples, int warmup) {
        MnistTensors data = MnistTensors.of(LabeledImages.random(examples + warmup * BATCH, 1, 28, 10));
        AdamBudget timed = new AdamBudget(examples, 1, BATCH, BENCH_LEARNING_RATE);
        double toEpoch = 60_000.0 / examples;
        List<BenchCase> cases = new ArrayList<>();
        for (int i : new int[] {0, 7, LeNetFamily.SIZES.size() - 1}) {
            LeNetSize s = LeNetFamily.SIZES.get(i);
            cases.add(new BenchCase(s.id(), () -> {
                LeNetNetwork net = LeNetNetwork.build(s, 1);
                new LeNetTrainer<>(data, data, new AdamBudget(warmup * BATCH, 1, BATCH, BENCH_LEARNING_RATE))
                        .fit(net, new long[] {1}, f -> { });
                long start = System.nanoTime();
                new LeNetTrainer<>(data, data, timed).fit(net, new long[] {2}, f -> { });
                return (System.nanoTime() - start) / 1e9 * toEpoch;
            }, "lenet_torch.py", List.of("--conv1", "" + s.conv1(), "--conv2", "" + s.conv2(), "--hidden",
                    "" + s.hidden(), "--batch", "" + BATCH, "--lr", "" + BENCH_LEARNING_RATE)));
        }
        long[] seeds = LongStream.range(0, BenchCase.SWEEP_SEEDS).toArray();
        cases.add(new BenchCase("sweep", () -> {
            long start = System.nanoTime();
            for (LeNetSize s : LeNetFamily.SIZES) {
                if (LeNetTrainer.trainsTogether(s)) {
                    new LeNetTrainer<>(data, data, timed).fit(LeNetNetwork.build(s, seeds), seeds, f -> { });
                } else {
                    for (long seed : seeds) {
                        new LeNetTrainer<>(data, data, timed).fit(LeNetNetwork.build(s, seed), new long[] {seed},
                                f -> { });
                    }
                }
            }
            return (System.nanoTime() - start) / 1e9 * toEpoch;
        }, "lenet_torch.py", List.of("--sweep", LeNetFamily.SIZES.stream()
                .map(s -> s.conv1() + ":" + s.conv2() + ":" + s.hidden()).collect(Collectors.joining(",")),
                "--seeds", "" + BenchCase.SWEEP_SEEDS, "--batch", "" + BATCH, "--lr", "" + BENCH_LEARNING_RATE)));
        return cases;
    }
}
