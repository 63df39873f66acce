package emergence.core.sweep;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What one profile of an experiment trains: the sizes in increasing order, the default number of seeds,
 * and the training budget shared by every size (recorded in manifests, and compared on resume).
 *
 * @param sizes  family members, smallest first
 * @param seeds  default number of replicates per size
 * @param budget training options shared by all sizes (epochs, batch, optimiser, …)
 * @param <C>    the family's size record
 */
public record FamilyPlan<C extends Record>(List<SizeSpec<C>> sizes, int seeds, Map<String, Object> budget) {
    public FamilyPlan {
        sizes = List.copyOf(sizes);
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("a family needs at least one size");
        }
        if (new HashSet<>(sizes.stream().map(SizeSpec::id).toList()).size() != sizes.size()) {
            throw new IllegalArgumentException("size ids must be unique");
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be ≥ 1, got " + seeds);
        }
        budget = Map.copyOf(budget);
    }

    /** The members a quick profile keeps: every other one from the smallest, and always the largest. */
    public static <T> List<T> everyOtherAndLargest(List<T> members) {
        return IntStream.range(0, members.size()).filter(i -> i % 2 == 0 || i == members.size() - 1)
                .mapToObj(members::get).toList();
    }
}
