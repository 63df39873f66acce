package emergence.results;

import emergence.autoencoder.AutoencoderCifar;
import emergence.common.sweep.Experiment;
import emergence.lenet.LeNetMnist;
import emergence.omniglot.OmniglotTransformer;
import java.util.LinkedHashMap;
import java.util.Map;

/** The experiments the lab knows, by name, with their figure sets. */
final class Registry {
    record Entry(Experiment experiment, ExperimentFigures figures) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put(LeNetMnist.NAME, new Entry(new LeNetMnist(), new LeNetFigures()));
        ENTRIES.put(AutoencoderCifar.NAME, new Entry(new AutoencoderCifar(), new AutoencoderFigures()));
        ENTRIES.put(OmniglotTransformer.NAME, new Entry(new OmniglotTransformer(), new OmniglotFigures()));
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
