package emergence.results;

import emergence.autoencoder.AutoencoderCifar;
import emergence.common.metrics.Reconstruction;
import emergence.common.metrics.SequenceSubsetAccuracy;
import emergence.common.metrics.SubsetAccuracy;
import emergence.common.sweep.Experiment;
import emergence.lenet.LeNetMnist;
import emergence.omniglot.OmniglotTransformer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The experiments the lab knows, by name, with their figure sets. */
final class Registry {
    /**
     * @param title      the experiment in words, for figures and the report
     * @param resolution how its sharp metric depends on the test-set size
     */
    record Entry(Experiment experiment, String title, ExperimentFigures figures, ResolutionStudy resolution) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        SubsetAccuracy fiveOfFive = new SubsetAccuracy(List.of(5), LeNetMnist.SUBSET_PERMUTATION_SEED);
        ENTRIES.put(LeNetMnist.NAME, new Entry(new LeNetMnist(), "LeNet on MNIST", new LeNetFigures(),
                new ResolutionStudy("5-of-5 subset accuracy", 5, o -> fiveOfFive.subsetsAllRight(o, 5))));
        double c = AutoencoderCifar.DEFAULT_C;
        ENTRIES.put(AutoencoderCifar.NAME, new Entry(new AutoencoderCifar(), "Autoencoders on CIFAR-100",
                new AutoencoderFigures(), new ResolutionStudy("Reconstruction_c, c=" + Reconstruction.arg(c), 1,
                o -> Reconstruction.below(o, c))));
        SequenceSubsetAccuracy allFive = new SequenceSubsetAccuracy(List.of(5));
        ENTRIES.put(OmniglotTransformer.NAME, new Entry(new OmniglotTransformer(), "Causal transformer on Omniglot",
                new OmniglotFigures(), new ResolutionStudy("all 5 images of a sequence right", 5,
                o -> allFive.sequencesAllRight(o, 5))));
    }

    private Registry() {
    }

    static Entry get(String name) {
        Entry e = ENTRIES.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown experiment '" + name + "'; known: "
                    + String.join(", ", ENTRIES.keySet()));
        }
        return e;
    }

    static Iterable<String> names() {
        return ENTRIES.keySet();
    }
}
