package emergence.core.experiment;

import emergence.core.BadInputException;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.Sharpness;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Refinement;
import emergence.core.sweep.RunIdentity;
import emergence.core.sweep.SizeSpec;
import emergence.core.tables.Curve;
import emergence.core.tables.Summary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Plans what a family needs so that its stored curves resolve their transitions ({@code bin/lab refine}): for the
 * smooth and the sharp metric of the experiment's headline {@link Contrast}, the span from 10% to 90% of the rise of
 * the seed means ({@link Sharpness#transition}); across each span, sizes added between neighbours more than
 * {@link Settings#gapDecades} apart (from {@link Refinable#between}, as few as keep every gap within it), and seeds
 * raised to {@link Settings#maxSeeds} at every size from the last below the span to the first above it and at every
 * size whose seeds spread over more than {@link Settings#spreadFraction} of the rise. One pass plans from the runs
 * stored now; once the plan is trained, the next pass sees the new sizes (a plan of nothing means resolved).
 */
public final class Refiner {
    /**
     * What counts as resolved.
     *
     * @param gapDecades     the widest gap, in decades of parameters, between neighbouring sizes across a transition
     * @param maxSeeds       seeds at each size across a transition, or with a wide spread
     * @param spreadFraction a size whose seeds span more than this fraction of the rise gets {@code maxSeeds}
     */
    public record Settings(double gapDecades, int maxSeeds, double spreadFraction) {
        /** The defaults: 0.1 decades, 10 seeds, 20% of the rise. */
        public static final Settings DEFAULT = new Settings(0.1, 10, 0.2);

        public Settings {
            if (!(gapDecades > 0) || maxSeeds < 1 || maxSeeds > 100 || !(spreadFraction > 0)) {
                throw new BadInputException("refinement settings need a gap > 0 decades, 1..100 seeds and a spread "
                        + "> 0; got " + gapDecades + ", " + maxSeeds + ", " + spreadFraction);
            }
        }
    }

    /**
     * One metric's transition among the stored sizes.
     *
     * @param metric the metric
     * @param span   log₁₀ parameters at 10% and 90% of its rise (empty: the curve does not rise)
     * @param lower  the last stored size at or below the span
     * @param upper  the first stored size at or above it
     */
    public record Transition(MetricKey metric, Optional<Sharpness.Span> span, String lower, String upper) {
    }

    /**
     * One size the plan touches.
     *
     * @param size   its id
     * @param params its parameters
     * @param added  whether the plan adds it to the family
     * @param before replicates the profile has at it now (0 for an added size)
     * @param after  replicates after the refinement
     * @param why    the reasons, e.g. {@code across exact_match 5}
     */
    public record Change(String size, long params, boolean added, int before, int after, String why) {
    }

    /**
     * A refinement plan.
     *
     * @param transitions each headline metric's transition
     * @param changes     the sizes it adds or gives more seeds, in order of parameters
     * @param gaps        gaps across a transition that the family cannot close (no size between), as sentences
     * @param refinement  what to record: the added sizes and the seeds of every size above the default
     */
    public record Plan(List<Transition> transitions, List<Change> changes, List<String> gaps, Refinement refinement) {
    }

    private Refiner() {
    }

    /**
     * Plans the refinement of a family from the summary of its stored runs.
     *
     * @param experiment the experiment (refinable, with a headline contrast)
     * @param plan       its current plan (with any refinement recorded before)
     * @param summary    the summary of its stored runs
     */
    public static <C extends Record> Plan plan(Experiment<C, ?> experiment, Profile profile, FamilyPlan<C> plan,
                                               Summary summary, Settings settings) {
        Refinable<C> family = Refinable.of(experiment);
        Scoring<?> scoring = experiment.scoring();
        Contrast headline = headline(experiment);
        List<Transition> transitions = new ArrayList<>();
        Map<String, SizeSpec<C>> added = new LinkedHashMap<>();
        Map<String, Integer> target = new TreeMap<>();
        Map<String, List<String>> why = new TreeMap<>();
        List<String> gaps = new ArrayList<>();
        for (MetricKey key : List.of(headline.smooth(), headline.sharp())) {
            Curve curve = summary.curve(key);
            List<Curve.Point> points = curve.points();
            double[] x = points.stream().mapToDouble(p -> Math.log10(p.params())).toArray();
            boolean up = scoring.metric(key.metric()).higherIsBetter();
            double[] y = points.stream().mapToDouble(p -> up ? p.mean() : -p.mean()).toArray();
            Optional<Sharpness.Span> span = Sharpness.transition(x, y);
            if (span.isEmpty()) {
                transitions.add(new Transition(key, span, "", ""));
                continue;
            }
            int[] around = span.get().around(x);
            int lower = around[0];
            int upper = around[1];
            transitions.add(new Transition(key, span, points.get(lower).size(), points.get(upper).size()));
            double rise = Arrays.stream(y).max().orElseThrow() - Arrays.stream(y).min().orElseThrow();
            for (Curve.Point p : points) {
                if ((p.max() - p.min()) > settings.spreadFraction() * rise) {
                    raise(target, why, p.size(), settings.maxSeeds(), String.format(Locale.ROOT,
                            "%s: seeds spread over %.0f%% of the rise", key, 100 * (p.max() - p.min()) / rise));
                }
            }
            long from = points.get(lower).params();
            long to = points.get(upper).params();
            List<SizeSpec<C>> across = within(plan, added, from, to);
            for (int i = 0; i + 1 < across.size(); i++) {
                fill(family, profile, across.get(i), across.get(i + 1), settings.gapDecades(), plan, added, gaps);
            }
            for (SizeSpec<C> s : within(plan, added, from, to)) {
                raise(target, why, s.id(), settings.maxSeeds(), "across " + key);
            }
        }
        return result(plan, transitions, added, target, why, gaps);
    }

    /**
     * The contrast whose metrics are refined: the experiment's first.
     *
     * @throws BadInputException when it has none
     */
    public static Contrast headline(Experiment<?, ?> experiment) {
        List<Contrast> contrasts = experiment.scoring().contrasts();
        if (contrasts.isEmpty()) {
            throw new BadInputException(experiment.name() + " names no smooth and sharp metric to resolve (it has no "
                    + "contrast), so there is no transition to refine.");
        }
        return contrasts.get(0);
    }

    /** The family's sizes, and those added so far, from {@code from} to {@code to} parameters, in order. */
    private static <C extends Record> List<SizeSpec<C>> within(FamilyPlan<C> plan, Map<String, SizeSpec<C>> added,
                                                               long from, long to) {
        return Stream.concat(plan.sizes().stream(), added.values().stream())
                .filter(s -> s.params() >= from && s.params() <= to)
                .sorted(Comparator.comparingLong(SizeSpec::params)).toList();
    }

    /** Adds the fewest sizes between {@code a} and {@code b} that leave no gap wider than {@code gap} decades. */
    private static <C extends Record> void fill(Refinable<C> family, Profile profile, SizeSpec<C> a, SizeSpec<C> b,
                                                double gap, FamilyPlan<C> plan, Map<String, SizeSpec<C>> added,
                                                List<String> gaps) {
        List<SizeSpec<C>> candidates = family.between(a.config(), b.config()).stream()
                .map(c -> family.spec(c, profile)).toList();
        SizeSpec<C> at = a;
        while (decades(at, b) > gap + 1e-12) {
            SizeSpec<C> next = null;
            for (SizeSpec<C> c : candidates) {
                if (c.params() > at.params() && decades(at, c) <= gap + 1e-12) {
                    next = c;
                }
            }
            if (next == null) {
                String open = String.format(Locale.ROOT, "%s → %s: %.3f decades, and the family has no size between "
                        + "that closes it", at.id(), b.id(), decades(at, b));
                if (!gaps.contains(open)) {
                    gaps.add(open);  // once, though both metrics' rises cross it
                }
                return;
            }
            String id = next.id();
            if (plan.sizes().stream().noneMatch(s -> s.id().equals(id))) {
                added.putIfAbsent(id, next);
            }
            at = next;
        }
    }

    private static double decades(SizeSpec<?> a, SizeSpec<?> b) {
        return Math.log10((double) b.params() / a.params());
    }

    private static void raise(Map<String, Integer> target, Map<String, List<String>> why, String size, int seeds,
                              String reason) {
        target.merge(size, seeds, Math::max);
        List<String> reasons = why.computeIfAbsent(size, k -> new ArrayList<>());
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
    }

    private static <C extends Record> Plan result(FamilyPlan<C> plan, List<Transition> transitions,
                                                  Map<String, SizeSpec<C>> added, Map<String, Integer> target,
                                                  Map<String, List<String>> why, List<String> gaps) {
        List<SizeSpec<C>> all = new ArrayList<>(plan.sizes());
        all.addAll(added.values());
        all.sort(Comparator.comparingLong(SizeSpec::params));
        List<Change> changes = new ArrayList<>();
        Map<String, Integer> seeds = new TreeMap<>();
        for (SizeSpec<C> s : all) {
            boolean isNew = added.containsKey(s.id());
            int before = isNew ? 0 : plan.seedsOf(s);
            int after = Math.max(isNew ? plan.seeds() : before, target.getOrDefault(s.id(), 0));
            if (after > plan.seeds()) {
                seeds.put(s.id(), after);
            }
            if (isNew || after > before) {
                changes.add(new Change(s.id(), s.params(), isNew, before, after,
                        String.join("; ", why.getOrDefault(s.id(), List.of("fills a gap")))));
            }
        }
        List<Map<String, Object>> sizes = added.values().stream().map(RunIdentity::configMap).toList();
        return new Plan(transitions, changes, gaps, new Refinement(sizes, seeds));
    }
}
