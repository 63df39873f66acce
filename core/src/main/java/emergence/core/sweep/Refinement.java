package emergence.core.sweep;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.type.TypeReference;
import emergence.core.BadInputException;
import emergence.core.io.AtomicFiles;
import emergence.core.outputs.RunStore;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code bin/lab refine} added to a profile of one experiment: sizes between the profile's own (each the size
 * record a manifest stores) and more seeds at some sizes. It is kept beside the runs it planned,
 * {@code OUT/EXPERIMENT/refinement-PROFILE.json} (committed with the reference results), and every command that plans,
 * audits or scores that store reads it, so that the refined family is the profile of that store.
 *
 * @param sizes the added sizes, as their records' JSON objects (the experiment reads them back)
 * @param seeds replicates of the sizes that have more than the profile's default, by size id
 */
public record Refinement(List<Map<String, Object>> sizes, Map<String, Integer> seeds) implements Serializable {
    /** No refinement: the profile as the code defines it. */
    public static final Refinement NONE = new Refinement(List.of(), Map.of());

    public Refinement {
        sizes = sizes.stream().map(s -> Collections.unmodifiableMap(new TreeMap<>(s))).toList();
        seeds.forEach((id, n) -> {
            if (n == null || n < 1) {
                throw new IllegalArgumentException("size " + id + " needs ≥ 1 seed, got " + n);
            }
        });
        seeds = Collections.unmodifiableMap(new TreeMap<>(seeds));
    }

    /** Whether it changes nothing. */
    @JsonIgnore
    public boolean isEmpty() {
        return sizes.isEmpty() && seeds.isEmpty();
    }

    /** This refinement and {@code more}: the sizes of both, at each size the larger number of seeds. */
    public Refinement and(Refinement more) {
        List<Map<String, Object>> all = new ArrayList<>(sizes);
        more.sizes.stream().filter(s -> !all.contains(s)).forEach(all::add);
        Map<String, Integer> merged = new TreeMap<>(seeds);
        more.seeds.forEach((id, n) -> merged.merge(id, n, Math::max));
        return new Refinement(all, merged);
    }

    /** The refinement of an experiment's profile under a results root; {@link #NONE} if it has none. */
    public static Refinement read(Path root, String experiment, Profile profile) {
        Path file = new ResultsLayout(root).refinement(experiment, profile);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            Map<String, Object> tree = RunStore.json().readValue(file.toFile(), new TypeReference<>() { });
            Object sizes = tree.get("sizes");
            Object seeds = tree.get("seeds");
            if (tree.size() != 2 || !(sizes instanceof List<?>) || !(seeds instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("expected exactly the fields sizes (a list) and seeds (an object)");
            }
            return RunStore.json().convertValue(tree, Refinement.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException("Cannot read " + file + " (" + String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse("") + "). It is the record of bin/lab refine: restore it from git, or plan "
                    + "the refinement again with bin/lab refine " + experiment + " --profile " + profile.id() + ".", e);
        }
    }

    /** Writes it to its place under a results root, atomically. */
    public void write(Path root, String experiment, Profile profile) {
        Path file = new ResultsLayout(root).refinement(experiment, profile);
        AtomicFiles.write(file, tmp -> RunStore.json().writeValue(tmp.toFile(), this));
    }
}
