package emergence.cli;

import emergence.core.BadInputException;
import emergence.core.experiment.Analysed;
import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.Refinable;
import emergence.core.experiment.ReferenceTables;
import emergence.core.io.AtomicFiles;
import emergence.core.metrics.MetricKey;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Refinement;
import emergence.core.sweep.ResultsLayout;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.SweepOptions;
import emergence.core.tables.ContrastWidths;
import emergence.core.tables.EmergenceOverTraining;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.MarkdownTables;
import emergence.core.tables.MarkdownTables.Format;
import emergence.core.tables.StepTransitions;
import emergence.core.tables.Summary;
import emergence.core.tables.Tables;
import emergence.report.Durations;
import emergence.report.ExplorerPage;
import emergence.report.SharedTasks;
import emergence.report.SharpnessTables;
import emergence.report.TrainingTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The tables the README and the pages under {@code docs/} quote, generated so that they cannot drift from the
 * committed results: each sits between the lines {@code <!-- generated: ID -->} and {@code <!-- end generated -->}
 * (in exactly one document) and is rewritten from the tables under the results root by {@code bin/lab figures} (and
 * {@code reproduce}) of the paper profile. Block ids are {@code EXPERIMENT/ID} for each experiment's
 * {@link Experiment#referenceTables}, {@code sharpness} and {@code correlated} ({@link SharpnessTables}),
 * {@code families/DATASET} ({@link SharedTasks}), {@code bench}, {@code engines}, {@code plan}, {@code walkthrough}
 * and, from {@code timings.csv} (every wall time the documents quote, measured once, in one place),
 * {@code timings/readme} and {@code timings/docs}.
 */
final class ReadmeTables {
    static final Path README = Path.of("README.md");
    static final Path DOCS = Path.of("docs");
    static final String TIMINGS_HEADER = "id,place,measurement,wall_s,note";
    static final String ENGINES_HEADER = "experiment,profile,engine,threads,repeat,wall_s";
    private static final Pattern BLOCK = Pattern.compile(
            "^(<!-- generated: (\\S+) -->\\n)(.*?)^(<!-- end generated -->)$", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern OPEN = Pattern.compile("^<!-- generated: \\S+ -->$", Pattern.MULTILINE);
    private static final Pattern CLOSE = Pattern.compile("^<!-- end generated -->$", Pattern.MULTILINE);

    private ReadmeTables() {
    }

    /** Every block the tables under {@code root} give, by id (experiments without written tables give none). */
    static Map<String, String> render(Path root) {
        ResultsLayout layout = new ResultsLayout(root);
        Map<String, String> blocks = new TreeMap<>();
        List<SharpnessTables.Scored> scored = new ArrayList<>();
        for (Experiment<?, ?> e : Experiments.all()) {
            Path summary = layout.tables(e.name()).summary();
            Path scores = layout.tables(e.name()).scores();
            if (Files.isRegularFile(summary) && Files.isRegularFile(scores)) {
                SharpnessTables.Scored s = new SharpnessTables.Scored(e, Summary.read(summary),
                        EmergenceTable.read(scores));
                scored.add(s);
                ReferenceTables.of(e, s.summary(), s.emergence()).forEach((id, table) ->
                        blocks.put(e.name() + "/" + id, table));
                Path overTraining = layout.tables(e.name()).emergenceOverTraining();
                if (Files.isRegularFile(overTraining)) {
                    blocks.put(e.name() + "/over-training", TrainingTables.overTraining(e.scoring().contrasts().get(0),
                            EmergenceOverTraining.read(overTraining)).markdown());
                }
                Refinement refinement = Refinement.read(root, e.name(), Profile.PAPER);
                if (!refinement.isEmpty()) {
                    blocks.put(e.name() + "/refinement", refined(e, refinement));
                }
                Path widths = layout.tables(e.name()).contrastWidths();
                if (Files.isRegularFile(widths)) {
                    ContrastWidths w = ContrastWidths.read(widths);
                    Contrast headline = e.scoring().contrasts().get(0);
                    blocks.put(e.name() + "/contrast-widths", SharpnessTables.contrastWidths(w).markdown());
                    blocks.put(e.name() + "/contrast-verdict", SharpnessTables.contrastVerdict(w,
                            new ContrastWidths.Pair(headline.smooth(), headline.sharp())) + "\n");
                }
                Path steps = layout.tables(e.name()).stepTransitions();
                if (Files.isRegularFile(steps)) {
                    MetricKey smooth = TrainingTables.smoothOverSteps(e);
                    StepTransitions transitions = StepTransitions.read(steps);
                    blocks.put(e.name() + "/steps-vs-sizes", TrainingTables.stepsAgainstSizes(smooth,
                            e.scoring().contrasts().get(0).sharp(), transitions).markdown());
                    blocks.put(e.name() + "/steps-vs-sizes-verdict", TrainingTables.stepsAgainstSizesVerdict(
                            e.scoring().metric(smooth.metric()), smooth, transitions) + "\n");
                }
                e.capability(Analysed.class).ifPresent(a -> a.analysisTables(s.summary(), layout.experiment(e.name()))
                        .forEach((id, table) -> blocks.put(e.name() + "/" + id, table.table().markdown())));
            }
        }
        for (SharedTasks.Group g : SharedTasks.groups(scored)) {
            blocks.put("families/" + g.dataset(), SharedTasks.table(g).markdown());
        }
        blocks.put("sharpness", SharpnessTables.sharpness(scored).markdown());
        blocks.put("correlated", SharpnessTables.correlated(scored, true).markdown());
        Path bench = layout.bench();
        if (Files.isRegularFile(bench)) {
            blocks.put("bench", bench(bench));
        }
        blocks.put("plan", plan(root));
        blocks.put("budgets", PlanCommand.budgets(scored.stream().<Experiment<?, ?>>map(SharpnessTables.Scored::experiment)
                .toList(), Profile.PAPER));
        List<String> steps = ExplorerPage.walkthrough(scored.stream()
                .flatMap(s -> Explorable.of(s.experiment()).stream()).toList());
        blocks.put("walkthrough", IntStream.range(0, steps.size()).mapToObj(i -> (i + 1) + ". " + steps.get(i) + "\n")
                .collect(Collectors.joining()));
        Path engines = layout.engines();
        if (Files.isRegularFile(engines)) {
            blocks.put("engines", engines(engines));
        }
        Path timings = layout.timings();
        if (Files.isRegularFile(timings)) {
            for (String place : List.of("readme", "docs")) {
                blocks.put("timings/" + place, timings(timings, place));
            }
        }
        return blocks;
    }

    /**
     * The refined paper family: every size with its parameters and seeds, marked where {@code bin/lab refine} added
     * it or its seeds.
     */
    static <C extends Record> String refined(Experiment<C, ?> e, Refinement refinement) {
        FamilyPlan<C> base = e.plan(Profile.PAPER);
        FamilyPlan<C> plan = Refinable.plan(e, Profile.PAPER, refinement);
        List<List<String>> rows = new ArrayList<>();
        for (SizeSpec<C> s : plan.sizes()) {
            boolean added = base.sizes().stream().noneMatch(b -> b.id().equals(s.id()));
            rows.add(List.of(s.id(), added ? "added" : plan.seedsOf(s) > base.seeds() ? "more seeds" : "",
                    String.format(Locale.ROOT, "%,d", s.params()), "" + plan.seedsOf(s)));
        }
        return MarkdownTables.table(List.of("size", "by refine", "parameters", "seeds"), 2, rows);
    }

    /** The rows of {@code timings.csv} quoted in one place ({@code readme} or {@code docs}): what, note, wall time. */
    static String timings(Path csv, String place) {
        List<List<String>> rows = new ArrayList<>();
        Tables.readCsv(csv, TIMINGS_HEADER, r -> {
            if (r.get("place").equals(place)) {
                rows.add(List.of(r.get("measurement"), r.get("note"),
                        Durations.format(Double.parseDouble(r.get("wall_s")))));
            }
        });
        return MarkdownTables.table(List.of("measured here (2 cores, 24 GiB)", "note", "wall time"), 2, rows);
    }

    /**
     * {@code results/bench.csv} (interleaved lab/PyTorch repeats) as one row per experiment and model: median and
     * range of each framework's seconds per epoch and of the pairs' ratios, the sweep rows in bold.
     */
    static String bench(Path csv) {
        Map<String, List<double[]>> cases = new LinkedHashMap<>();
        Tables.readCsv(csv, BenchCommand.HEADER, r -> cases.computeIfAbsent(r.get("experiment") + "," + r.get("model"),
                k -> new ArrayList<>()).add(new double[] {Double.parseDouble(r.get("lab_s_per_epoch")),
                    Double.parseDouble(r.get("pytorch_s_per_epoch")), Double.parseDouble(r.get("ratio"))}));
        List<List<String>> rows = new ArrayList<>();
        cases.forEach((key, repeats) -> {
            String[] k = key.split(",");
            boolean sweep = k[1].equals("sweep");
            List<String> row = new ArrayList<>(List.of(k[0], sweep ? "**sweep**" : k[1], "" + repeats.size()));
            for (int column = 0; column < 3; column++) {
                int c = column;
                String cell = medianAndRange(repeats.stream().map(r -> r[c]).toList());
                row.add(sweep && column == 2 ? "**" + cell + "**" : cell);
            }
            rows.add(row);
        });
        return MarkdownTables.table(List.of("experiment", "model", "repeats", "lab s/epoch", "PyTorch s/epoch",
                "lab / PyTorch"), 2, rows);
    }

    /** {@code median (min – max)}, two decimals. */
    private static String medianAndRange(List<Double> values) {
        Format two = Format.fixed(2);
        DoubleSummaryStatistics range = values.stream().mapToDouble(d -> d).summaryStatistics();
        return two.apply(median(values)) + " (" + two.apply(range.getMin()) + " – " + two.apply(range.getMax()) + ")";
    }

    /**
     * {@code results/engines.csv} (written by {@code bench/engines.sh}: interleaved repeats of whole sweeps) as one row
     * per experiment, profile, engine and threads: median and range of the wall times, and the local engine's median
     * (2 threads) over this one's.
     */
    static String engines(Path csv) {
        Map<String, List<Double>> walls = new LinkedHashMap<>();
        Tables.readCsv(csv, ENGINES_HEADER, r -> walls.computeIfAbsent(String.join(",", r.get("experiment"),
                r.get("profile"), r.get("engine"), r.get("threads")), k -> new ArrayList<>())
                .add(Double.parseDouble(r.get("wall_s"))));
        List<List<String>> rows = new ArrayList<>();
        walls.forEach((key, values) -> {
            String[] k = key.split(",");
            List<Double> local = walls.get(k[0] + "," + k[1] + ",local,2");
            DoubleSummaryStatistics range = values.stream().mapToDouble(d -> d).summaryStatistics();
            rows.add(List.of(k[0], k[1], (k[2].equals("local") ? "local, 1 run" : "spark local[2], 2 runs") + " × "
                            + k[3] + (k[3].equals("1") ? " thread" : " threads"), "" + values.size(),
                    Durations.format(median(values)), Durations.format(range.getMin()) + " – "
                            + Durations.format(range.getMax()),
                    local == null ? "" : Format.fixed(2).apply(median(local) / median(values))));
        });
        return MarkdownTables.table(List.of("experiment", "profile", "engine", "repeats", "median wall time",
                "range", "speed-up over local × 2 threads"), 3, rows);
    }

    /**
     * {@code bin/lab plan} of the whole paper profile from the stored paper runs' times, on 1, 2, 16 and 64 slots
     * (experiments with stored paper runs only).
     */
    static String plan(Path root) {
        SweepOptions paper = new SweepOptions(Profile.PAPER, Optional.empty(), SweepOptions.DEFAULT_ROOT_SEED, 2, root,
                Optional.empty(), false);
        Map<String, RunTimeEstimate> estimates = new LinkedHashMap<>();
        for (Experiment<?, ?> e : Experiments.all()) {
            RunTimeEstimate estimate = RunTimeEstimate.of(e.plan(Profile.PAPER, root), e.name(), paper, name -> false,
                    new RunStore(Profile.PAPER.runsDir(root, e.name())));
            if (estimate.timed() > 0) {
                estimates.put(e.name(), estimate);
            }
        }
        return PlanCommand.table(estimates, List.of(1, 2, 16, 64));
    }

    private static double median(List<Double> values) {
        return StatUtils.percentile(values.stream().mapToDouble(d -> d).toArray(), 50);
    }

    /** The ids of the blocks a document holds, in order. */
    static List<String> ids(String document) {
        List<String> ids = new ArrayList<>();
        Matcher m = BLOCK.matcher(document);
        while (m.find()) {
            ids.add(m.group(2));
        }
        return ids;
    }

    /**
     * The document with each block it holds replaced by the one of that id; a block with no new content is kept
     * as it is.
     *
     * @throws BadInputException when a block is opened and not closed
     */
    static String update(String document, Map<String, String> blocks) {
        return update("README.md", document, blocks);
    }

    /** {@link #update(String, Map)} of the document named {@code name} (for the refusal). */
    static String update(String name, String document, Map<String, String> blocks) {
        if (OPEN.matcher(document).results().count() != CLOSE.matcher(document).results().count()) {
            throw new BadInputException("A generated block of " + name + " is not closed: end each block that "
                    + "begins with a line <!-- generated: ID --> with a line <!-- end generated -->.");
        }
        Matcher m = BLOCK.matcher(document);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String table = blocks.getOrDefault(m.group(2), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The documents that quote generated tables: the README, then the pages under {@code docs/}, by name. */
    static List<Path> documents() {
        List<Path> documents = new ArrayList<>();
        if (Files.isRegularFile(README)) {
            documents.add(README);
        }
        if (Files.isDirectory(DOCS)) {
            try (Stream<Path> pages = Files.list(DOCS)) {
                pages.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + DOCS, e);
            }
        }
        return documents;
    }

    /**
     * Rewrites the generated blocks of every document from the tables under {@code root}, each document whose text
     * changes.
     *
     * @return the documents rewritten
     */
    static List<Path> updateDocuments(Path root) {
        Map<String, String> blocks = render(root);
        List<Path> changed = new ArrayList<>();
        for (Path document : documents()) {
            try {
                String before = Files.readString(document, StandardCharsets.UTF_8);
                String after = update(document.toString(), before, blocks);
                if (!after.equals(before)) {
                    AtomicFiles.writeString(document, after);
                    changed.add(document);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + document, e);
            }
        }
        return changed;
    }
}
