package emergence.autoencoder;

import emergence.core.data.LabeledImages;
import emergence.core.experiment.BenchCase;
import emergence.training.nn.AdamBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The benchmark cases of {@link AutoencoderCifar}: the lab's training path against PyTorch on random data of
 * CIFAR-100's shape.
 */
final class AutoencoderBench {
    private static final int BATCH = 256;

    private AutoencoderBench() {
    }

    static List<BenchCase> cases(int examples, int warmup) {
        LabeledImages images = LabeledImages.random(examples + warmup * BATCH, 3, 32, 100);
        CifarTensors data = CifarTensors.of(images, CifarTensors.Standardization.of(images));
        double rate = AutoencoderFamily.PAPER.learningRate();
        AdamBudget timed = new AdamBudget(examples, 1, BATCH, rate);
        double toEpoch = (double) Cifar100.TRAIN_COUNT / examples;
        List<BenchCase> cases = new ArrayList<>();
        for (int h : new int[] {1, 64, 1024}) {
            cases.add(new BenchCase(AutoencoderSize.of(h).id(), () -> {
                AutoencoderNetwork net = AutoencoderNetwork.build(h, 1);
                new AutoencoderTrainer(data, data, new AdamBudget(warmup * BATCH, 1, BATCH, rate), Map.of())
                        .fit(net, new long[] {1}, f -> { });
                long start = System.nanoTime();
                new AutoencoderTrainer(data, data, timed, Map.of()).fit(net, new long[] {2}, f -> { });
                return (System.nanoTime() - start) / 1e9 * toEpoch;
            }, "autoencoder_torch.py", List.of("--hidden", "" + h, "--batch", "" + BATCH)));
        }
        long[] seeds = LongStream.range(0, BenchCase.SWEEP_SEEDS).toArray();
        cases.add(new BenchCase("sweep", () -> {
            long start = System.nanoTime();
            for (int h : AutoencoderFamily.WIDTHS) {
                new AutoencoderTrainer(data, data, timed, Map.of()).fit(AutoencoderNetwork.build(h, seeds), seeds,
                        f -> { });
            }
            return (System.nanoTime() - start) / 1e9 * toEpoch;
        }, "autoencoder_torch.py", List.of("--sweep", AutoencoderFamily.WIDTHS.stream().map(String::valueOf)
                .collect(Collectors.joining(",")), "--seeds", "" + BenchCase.SWEEP_SEEDS, "--batch", "" + BATCH)));
        return cases;
    }
}
