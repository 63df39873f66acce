package emergence.core.sweep;

import com.fasterxml.jackson.core.type.TypeReference;
import emergence.core.data.DatasetSpec;
import emergence.core.outputs.RunManifest;
import emergence.core.outputs.RunStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A run's identity: everything that makes a stored run the run a sweep would train now — experiment, profile, root
 * seed, size (id, position, the whole size record and the parameter count its architecture implies), replicate,
 * seed, budget, the pinned checksums of the data it read — and, for training, the ND4J threads and native
 * build it ran with. Resume, scoring and figures compare a stored manifest with it field by field.
 */
public final class RunIdentity {
    /** Environment entries a run must share with the process that resumes its sweep. */
    public static final List<String> TRAINING_ENVIRONMENT = List.of("threads", "nd4j_artifact");

    private RunIdentity() {
    }

    /** A size record as a manifest stores it (a JSON object of its components). */
    public static Map<String, Object> configMap(SizeSpec<?> size) {
        return RunStore.json().convertValue(size.config(), new TypeReference<Map<String, Object>>() { });
    }

    /**
     * The fields in which a stored run differs from a job of the plan, each as {@code field stored → planned}; empty
     * when it is that run.
     */
    public static List<String> differences(RunManifest m, String profile, long rootSeed, RunSpec<?> job,
                                           FamilyPlan<?> plan, DatasetSpec dataset) {
        RunManifest.Identity id = m.identity();
        List<String> d = new ArrayList<>();
        compare(d, "experiment", id.experiment(), job.experiment());
        compare(d, "profile", id.profile(), profile);
        compare(d, "rootSeed", id.rootSeed(), rootSeed);
        compare(d, "sizeId", id.sizeId(), job.size().id());
        compare(d, "sizeIndex", id.sizeIndex(), job.sizeIndex());
        compare(d, "replicate", id.replicate(), job.replicate());
        compare(d, "seed", id.seed(), job.seed());
        compare(d, "size", normalize(id.size()), normalize(configMap(job.size())));
        compare(d, "budget", normalize(id.budget()), normalize(plan.budget()));
        if (m.ok() && id.params() != job.size().params()) {
            d.add("params " + id.params() + " → " + job.size().params() + " (counted from the size's architecture)");
        }
        if (id.data().isEmpty() != dataset.isGenerated()) {
            d.add("data " + id.data() + " → " + (dataset.isGenerated() ? "{} (generated)" : "the pins of "
                    + dataset.folder()));
        }
        id.data().forEach((name, sha) -> {
            if (!dataset.pins(name, sha)) {
                d.add("data." + name + " " + sha + " → a pinned checksum of " + dataset.folder());
            }
        });
        return d;
    }

    /** The {@link #TRAINING_ENVIRONMENT} entries in which a stored run differs from the current process. */
    public static List<String> environmentDifferences(RunManifest m, Map<String, String> now) {
        List<String> d = new ArrayList<>();
        for (String key : TRAINING_ENVIRONMENT) {
            compare(d, "environment." + key, m.environment().get(key), now.get(key));
        }
        return d;
    }

    private static void compare(List<String> differences, String field, Object stored, Object planned) {
        if (!Objects.equals(stored, planned)) {
            differences.add(field + " " + stored + " → " + planned);
        }
    }

    /**
     * JSON round-trips turn numbers into Integer/Double; compare maps by their entries' text, each number written
     * one way whatever its type (40 and 40.0 both as {@code 40}).
     */
    private static Map<String, String> normalize(Map<String, Object> m) {
        Map<String, String> copy = new TreeMap<>();
        m.forEach((k, v) -> copy.put(k, v instanceof Number n && Double.isFinite(n.doubleValue())
                ? BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString() : String.valueOf(v)));
        return copy;
    }
}
