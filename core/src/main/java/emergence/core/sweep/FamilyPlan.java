package emergence.core.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * What one profile of an experiment trains: the sizes in increasing order, the default number of seeds,
 * the training budget shared by every size (recorded in manifests, and compared on resume), and how many replicates
 * of a size its trainer trains together.
 *
 * @param sizes    family members, smallest first
 * @param seeds    default number of replicates per size
 * @param budget   training options shared by all sizes (epochs, batch, optimiser, …)
 * @param rule     how the budget was chosen and what a new size would get
 * @param examples training examples one run sees, counted with repeats (epochs × training examples)
 * @param together replicates of one size handed to {@link Trainer#trainTogether} at once, at most: one task of an
 *                 engine (1: every run is a task of its own)
 * @param sizeSeeds replicates of the sizes that have more than {@code seeds} (a {@link Refinement}'s), by size id
 * @param <C>      the family's size record
 */
public record FamilyPlan<C extends Record>(List<SizeSpec<C>> sizes, int seeds, Map<String, Object> budget,
                                           BudgetRule rule, long examples, int together,
                                           Map<String, Integer> sizeSeeds) {
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
        sizeSeeds = Map.copyOf(sizeSeeds);
        List<String> ids = sizes.stream().map(SizeSpec::id).toList();
        sizeSeeds.forEach((id, n) -> {
            if (!ids.contains(id) || n < seeds) {
                throw new IllegalArgumentException("size seeds must name sizes of the family and be ≥ its " + seeds
                        + " seeds, got " + id + " = " + n);
            }
        });
        budget = Map.copyOf(budget);
        Objects.requireNonNull(rule, "rule");
        if (examples < 1) {
            throw new IllegalArgumentException("a run must see at least one example, got " + examples);
        }
        if (together < 1) {
            throw new IllegalArgumentException("together must be ≥ 1, got " + together);
        }
    }

    /** A plan with as many seeds at every size. */
    public FamilyPlan(List<SizeSpec<C>> sizes, int seeds, Map<String, Object> budget, BudgetRule rule,
                      long examples, int together) {
        this(sizes, seeds, budget, rule, examples, together, Map.of());
    }

    /** A plan whose runs train one at a time, with as many seeds at every size. */
    public FamilyPlan(List<SizeSpec<C>> sizes, int seeds, Map<String, Object> budget, BudgetRule rule,
                      long examples) {
        this(sizes, seeds, budget, rule, examples, 1);
    }

    /** Replicates of {@code size} (the plan's default unless refined). */
    public int seedsOf(SizeSpec<C> size) {
        return sizeSeeds.getOrDefault(size.id(), seeds);
    }

    /**
     * This plan with {@code added} sizes among its own (every size in order of parameters) and the replicates of
     * {@code moreSeeds} (by size id, at least the default).
     *
     * @throws IllegalArgumentException when an added size has an id of the family, or the same parameters as one
     */
    public FamilyPlan<C> refined(List<SizeSpec<C>> added, Map<String, Integer> moreSeeds) {
        List<SizeSpec<C>> all = new ArrayList<>(sizes);
        all.addAll(added);
        all.sort(Comparator.comparingLong(SizeSpec::params));
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).params() == all.get(i - 1).params()) {
                throw new IllegalArgumentException("sizes " + all.get(i - 1).id() + " and " + all.get(i).id()
                        + " have the same parameters (" + all.get(i).params() + "): a family orders its sizes by them");
            }
        }
        Map<String, Integer> merged = new HashMap<>(sizeSeeds);
        moreSeeds.forEach((id, n) -> merged.merge(id, n, Math::max));
        return new FamilyPlan<>(all, seeds, budget, rule, examples, together, merged);
    }

    /** Operations one run of {@code size} trains with: its examples, each forward and backward. */
    public double trainingFlops(SizeSpec<C> size) {
        return examples * size.flops().training();
    }

    /**
     * The tasks of a sweep: consecutive runs of one size, at most {@code together} per task.
     *
     * @param <R> the run type
     */
    public static <R extends RunSpec<?>> List<List<R>> tasks(List<R> runs, int together) {
        List<List<R>> tasks = new ArrayList<>();
        for (R run : runs) {
            List<R> last = tasks.isEmpty() ? null : tasks.get(tasks.size() - 1);
            if (last != null && last.size() < together && last.get(0).size().id().equals(run.size().id())) {
                last.add(run);
            } else {
                tasks.add(new ArrayList<>(List.of(run)));
            }
        }
        return tasks;
    }

    /** The members a quick profile keeps: every other one from the smallest, and always the largest. */
    public static <T> List<T> everyOtherAndLargest(List<T> members) {
        return IntStream.range(0, members.size()).filter(i -> i % 2 == 0 || i == members.size() - 1)
                .mapToObj(members::get).toList();
    }
}
