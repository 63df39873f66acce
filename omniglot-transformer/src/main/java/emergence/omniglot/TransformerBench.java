package emergence.omniglot;

import emergence.core.data.LabeledImages;
import emergence.core.experiment.BenchCase;
import emergence.training.nn.AdamBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The benchmark cases of {@link OmniglotTransformer}: the lab's training path against PyTorch on random data of
 * Omniglot's shape.
 */
final class TransformerBench {

    private TransformerBench() {
    }

    static List<BenchCase> cases(int examples, int warmup) {
        TransformerFamily.Protocol paper = TransformerFamily.PAPER;
        int classes = paper.classes();
        int length = TransformerFamily.LENGTH;
        int side = TransformerFamily.SIDE;
        int batch = paper.budget().batchSize();
        int epoch = paper.budget().trainExamples();
        int n = (examples + warmup * batch) / length * length;
        OmniglotTensors data = OmniglotTensors.of(LabeledImages.random(n, 1, side, classes),
                IntStream.range(0, n).toArray(), classes);
        int[] sequences = IntStream.range(0, length).toArray();
        AdamBudget timed = new AdamBudget(examples / length * length, 1, batch, 1e-3);
        double toEpoch = (double) epoch / timed.trainExamples();
        List<TransformerSize> sizes = TransformerFamily.SIZES;
        List<BenchCase> cases = new ArrayList<>();
        for (TransformerSize s : List.of(sizes.get(4), sizes.get(sizes.size() - 2), sizes.get(sizes.size() - 1))) {
            cases.add(new BenchCase(s.id(), () -> {
                TransformerNetwork net = TransformerNetwork.build(s, classes, side, length, 1, DataType.FLOAT);
                new TransformerTrainer(data, data, sequences, new AdamBudget(warmup * batch, 1, batch, 1e-3),
                        paper.shift(), length, side).fit(net, 1, f -> { });
                long start = System.nanoTime();
                new TransformerTrainer(data, data, sequences, timed, paper.shift(), length, side).fit(net, 2, f -> { });
                return (System.nanoTime() - start) / 1e9 * toEpoch;
            }, "transformer_torch.py", List.of("--d-model", "" + s.dModel(), "--layers", "" + s.layers(),
                    "--heads", "" + s.heads(), "--channels", "" + s.channels(), "--classes", "" + classes,
                    "--batch", "" + batch, "--epoch-size", "" + epoch)));
        }
        cases.add(new BenchCase("sweep", () -> {
            TransformerTrainer trainer = new TransformerTrainer(data, data, sequences, timed, paper.shift(), length,
                    side);
            long start = System.nanoTime();
            for (TransformerSize s : sizes) {
                for (int seed = 0; seed < BenchCase.SWEEP_SEEDS; seed++) {
                    trainer.fit(TransformerNetwork.build(s, classes, side, length, seed, DataType.FLOAT), seed,
                            f -> { });
                }
            }
            return (System.nanoTime() - start) / 1e9 * toEpoch;
        }, "transformer_torch.py", List.of("--sweep", sizes.stream()
                .map(s -> s.dModel() + ":" + s.layers() + ":" + s.heads() + ":" + s.channels())
                .collect(Collectors.joining(",")), "--seeds", "" + BenchCase.SWEEP_SEEDS, "--classes", "" + classes,
                "--batch", "" + batch, "--epoch-size", "" + epoch)));
        return cases;
    }
}
