package emergence.report;

import emergence.core.experiment.Analysed;
import emergence.core.experiment.Contrast;
import emergence.core.experiment.Findings;
import emergence.core.experiment.Prediction;
import emergence.core.io.AtomicFiles;
import emergence.core.metrics.Intervals;
import emergence.core.metrics.MetricKey;
import emergence.core.outputs.RunManifest;
import emergence.core.sweep.ResultsLayout;
import emergence.core.tables.ContrastWidths;
import emergence.core.tables.Curve;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.LoadedRun;
import emergence.core.tables.MarkdownTables;
import emergence.core.tables.Sampling;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The study's report, built from scored results: {@code report/index.html} (static, opens from disk, no network;
 * well-formed XHTML syntax, so an XML parser can check it) and {@code REPORT.md} (the same for reading on a code host)
 * under the results root, with every figure and its caption, the emergence scores under every sampling, the residuals
 * of the predictions of the sharp metrics from the smooth ones, families of one dataset side by side
 * ({@link SharedTasks}), and the manifests summarised. Also writes the cross-experiment {@code emergence_scores.csv}.
 * Both documents are written by hand from a small model of sections (a template engine would be a dependency for two
 * pages).
 */
public final class Report {
    private final ResultsLayout layout;
    private final List<Scorer.Scored<?>> sections;

    /** A report under the results {@code root} with one section per scored experiment, in this order. */
    public Report(Path root, List<Scorer.Scored<?>> sections) {
        this.layout = new ResultsLayout(root);
        this.sections = List.copyOf(sections);
    }

    private List<SharpnessTables.Scored> scored() {
        return sections.stream().map(s -> new SharpnessTables.Scored(s.experiment(), s.summary(),
                s.emergence())).toList();
    }

    /** Writes both documents and the cross-experiment scores; returns their paths. */
    public List<Path> write() {
        List<EmergenceTable.Row> all = sections.stream().flatMap(s -> s.emergence().rows().stream()).toList();
        EmergenceTable.write(layout.scores(), all);
        List<SharedTasks.Group> groups = SharedTasks.groups(scored());
        List<CorrelatedErrorsFigure.Series> correlated = CorrelatedErrorsFigure.series(scored());
        boolean correlatedFigure = !correlated.isEmpty();
        // The figures across experiments are replaced as a set, as each experiment's are.
        AtomicFiles.writeFolder(layout.reportFigures(), tmp -> {
            for (SharedTasks.Group g : groups) {
                SharedTasks.render(g, tmp);
            }
            if (correlatedFigure) {
                CorrelatedErrorsFigure.render(correlated, tmp);
            }
        });
        Path html = layout.reportPage();
        Path md = layout.reportMarkdown();
        AtomicFiles.writeString(html, new Html().render(correlatedFigure));
        AtomicFiles.writeString(md, new Markdown().render(correlatedFigure));
        return List.of(html, md, layout.scores());
    }

    /** The content once, in two syntaxes. */
    private abstract class Document {
        final StringBuilder out = new StringBuilder();
        /** The sections (level-2 headings) in order, for the table of contents. */
        private final List<String> sectionTitles = new ArrayList<>();
        private int contentsAt = -1;

        abstract void heading(int level, String text);

        /** The table of contents: a link to each section, and to the explorer. */
        abstract String contents(List<String> titles);

        /** A section heading, listed in the table of contents. */
        void section(String text) {
            sectionTitles.add(text);
            heading(2, text);
        }

        abstract void paragraph(String text);

        /** {@code path} relative to the results root. */
        abstract void figure(String path, String caption);

        abstract void table(List<String> header, List<List<String>> rows);

        abstract String finish();

        void table(MarkdownTables.Table t) {
            table(t.header(), t.rows());
        }

        /** {@code correlatedFigure}: whether the correlated-errors figure was drawn. */
        String render(boolean correlatedFigure) {
            heading(1, "Emergent abilities as a choice of metric: the lab's report");
            paragraph("Schaeffer, Miranda & Koyejo (NeurIPS 2023) argue that \"emergent\" abilities can be an artefact "
                    + "of the metric: fixed model outputs improve smoothly under a continuous metric and look sharp "
                    + "under a discontinuous one. This report regenerates the argument from stored per-example "
                    + "outputs: every figure and table below is a pure function of them.");
            contentsAt = out.length();
            section2();
            for (Scorer.Scored<?> s : sections) {
                experiment(s);
            }
            for (SharedTasks.Group g : SharedTasks.groups(scored())) {
                section("Families on one dataset: " + g.dataset());
                figure(layout.link(layout.reportFigures().resolve(g.stem() + ".png")), g.caption());
                table(SharedTasks.table(g));
            }
            section("Emergence scores, all experiments");
            paragraph("BIG-bench emergence score of each metric on the seed means (lower-is-better metrics negated), "
                    + "under four samplings of the family: every size, every 2nd, every 3rd, and 4 sizes; then, on "
                    + "every size, the y-axis-free measures of the next section: transition width and fitted width "
                    + "(decades) and midpoint (log₁₀ parameters). Each with the 95% t-interval of the same measure "
                    + "on each seed's own curve (a bootstrap over 3 seeds has only 10 distinct resamples), in "
                    + "square brackets for the score and the transition width, in parentheses for the fit; none "
                    + "where a seed's curve does not rise or its score is infinite. Also in "
                    + layout.link(layout.scores()) + ".");
            List<List<String>> rows = new ArrayList<>();
            for (Scorer.Scored<?> s : sections) {
                rows.addAll(scoreRows(s));
            }
            table(List.of("experiment", "metric", "argument", "dense", "every 2nd", "every 3rd", "4 sizes",
                    "transition width", "fitted width", "fitted midpoint"), rows);
            List<SharpnessTables.Scored> scored = scored();
            section("Sharpness without the y-axis");
            paragraph(SharpnessTables.SHARPNESS_TEXT);
            table(SharpnessTables.sharpness(scored));
            section("Correlated errors: when acc^K predicts the sharp metric");
            paragraph(SharpnessTables.CORRELATED_TEXT);
            if (correlatedFigure) {
                figure(layout.link(layout.reportFigures().resolve(CorrelatedErrorsFigure.STEM + ".png")),
                        CorrelatedErrorsFigure.CAPTION);
            }
            table(SharpnessTables.correlated(scored, false));
            out.insert(contentsAt, contents(sectionTitles));
            return finish();
        }

        private void section2() {
            section("§2: the mathematical model");
            TokenModelFigures.captions().forEach((stem, caption) ->
                    figure(layout.link(layout.section2Figures().resolve(stem + ".png")), caption));
        }

        private void experiment(Scorer.Scored<?> s) {
            String name = s.experiment().name();
            section(s.experiment().id().title() + " (" + name + ")");
            s.experiment().capability(Findings.class).ifPresent(f ->
                    f.findings(s.summary(), s.emergence()).forEach(this::paragraph));
            Map<String, String> captions = new LinkedHashMap<>(s.experiment().figures().captions());
            if (s.trainedWithCheckpoints()) {
                captions.putAll(TrajectoryFigures.captions(s.experiment()));
            }
            captions.forEach((stem, caption) ->
                    figure(layout.link(layout.tables(name).figures().resolve(stem + ".png")), caption));
            contrastWidths(s);
            if (s.trainedWithCheckpoints()) {
                overTraining(s);
            }
            s.experiment().capability(Analysed.class).map(a -> a.analysisTables(s.summary(),
                    layout.experiment(name))).orElse(Map.of()).values().forEach(t -> {
                paragraph(t.caption());
                table(t.table());
            });
            for (Prediction p : s.experiment().scoring().predictions()) {
                paragraph("Residual of the prediction (" + p.what() + ") of " + p.measured()
                        + " from the smooth metric, over sizes, seed means; beside it, the 95% t-interval of "
                        + "measured − predicted over the seeds at that size:");
                table(List.of("argument", "largest abs(measured − predicted)", "at size",
                        "measured − predicted, 95% over seeds"), residuals(s, p));
            }
            paragraph("Provenance, from the " + s.runs() + " run manifests:");
            table(List.of("field", "value"), provenance(s.loaded()));
        }

        private void contrastWidths(Scorer.Scored<?> s) {
            if (s.experiment().scoring().contrasts().isEmpty()) {
                return;
            }
            Contrast c = s.experiment().scoring().contrasts().get(0);
            paragraph("Transition widths of " + c.smooth().label() + " and " + c.sharp().label() + " on the seed "
                    + "means, with 95% intervals: a stratified seed bootstrap (every size's seeds resampled, both "
                    + "metrics from the same draw) where every size across the rises has "
                    + ContrastWidths.BOOTSTRAP_SEEDS + " seeds, else the t-interval over each seed's own curve; also in "
                    + layout.link(s.tables().contrastWidths()) + ".");
            table(SharpnessTables.contrastWidths(s.contrastWidths()));
            paragraph(SharpnessTables.contrastVerdict(s.contrastWidths(), new ContrastWidths.Pair(c.smooth(),
                    c.sharp())));
        }

        private void overTraining(Scorer.Scored<?> s) {
            Contrast c = s.experiment().scoring().contrasts().get(0);
            paragraph("At each checkpoint, the emergence score over every size (seed means) and the transition width "
                    + "(decades of parameters) of " + c.smooth().label() + " and " + c.sharp().label() + "; also in "
                    + layout.link(s.tables().emergenceOverTraining()) + ".");
            table(TrainingTables.overTraining(c, s.overTraining()));
            MetricKey smooth = TrainingTables.smoothOverSteps(s.experiment());
            paragraph("Over training at each size against over sizes at the last step: " + smooth.label()
                    + " from its first to its last checkpoint (seed means), and the width of its rise (10% to 90%) in "
                    + "decades of steps, seed mean [smallest, largest seed], " + c.sharp().label() + " beside it; "
                    + "the last row is the rise over sizes in decades of parameters. At a fixed budget a decade of "
                    + "either is a decade of training compute. Every metric in "
                    + layout.link(s.tables().stepTransitions()) + ".");
            table(TrainingTables.stepsAgainstSizes(smooth, c.sharp(), s.stepTransitions()));
            paragraph(TrainingTables.stepsAgainstSizesVerdict(s.experiment().scoring().metric(smooth.metric()),
                    smooth, s.stepTransitions()));
        }

        private List<List<String>> residuals(Scorer.Scored<?> s, Prediction p) {
            List<List<String>> rows = new ArrayList<>();
            for (String arg : s.summary().metricArgs().getOrDefault(p.measured(), List.of())) {
                List<Curve.Point> m = s.summary().curve(p.measured(arg)).points();
                List<Curve.Point> q = s.summary().curve(p.predicted(arg)).points();
                double worst = -1;
                String at = "";
                for (int i = 0; i < m.size(); i++) {
                    double d = Math.abs(m.get(i).mean() - q.get(i).mean());
                    if (d > worst) {
                        worst = d;
                        at = m.get(i).size();
                    }
                }
                List<Double> measured = s.summary().seedValues(p.measured(arg), at);
                List<Double> predicted = s.summary().seedValues(p.predicted(arg), at);
                Intervals.Interval spread = measured.size() != predicted.size() ? Intervals.NONE : Intervals.overSeeds(
                        IntStream.range(0, measured.size()).mapToDouble(i -> measured.get(i) - predicted.get(i))
                                .toArray());
                rows.add(List.of(arg, String.format(Locale.ROOT, "%.4f", worst), at, Double.isNaN(spread.low()) ? "–"
                        : String.format(Locale.ROOT, "%.4f – %.4f", spread.low(), spread.high())));
            }
            return rows;
        }
    }

    /** A value, and its interval over seeds in brackets where it has one. */
    private static String withInterval(double value, Intervals.Interval interval) {
        String v = String.format(Locale.ROOT, "%.2f", value);
        return Double.isNaN(interval.low()) ? v
                : v + String.format(Locale.ROOT, " [%.2f, %.2f]", interval.low(), interval.high());
    }

    /** A heading's anchor as GitHub writes it: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static List<List<String>> scoreRows(Scorer.Scored<?> s) {
        // Metric by name, then its argument by numeric value (K = 2 before K = 10).
        Map<List<String>, Map<Sampling, EmergenceTable.Row>> byMetric = new TreeMap<>(Comparator
                .comparing((List<String> k) -> k.get(0))
                .thenComparingDouble(k -> k.get(1).isEmpty() ? Double.NEGATIVE_INFINITY : Double.parseDouble(k.get(1))));
        for (EmergenceTable.Row r : s.emergence().rows()) {
            byMetric.computeIfAbsent(List.of(r.metric(), r.metricArg()), k -> new EnumMap<>(Sampling.class))
                    .put(r.sampling(), r);
        }
        List<List<String>> rows = new ArrayList<>();
        byMetric.forEach((key, bySampling) -> {
            List<String> row = new ArrayList<>(List.of(s.experiment().name(), key.get(0), key.get(1)));
            for (Sampling sampling : Sampling.values()) {
                EmergenceTable.Row r = bySampling.get(sampling);
                row.add(r == null ? "" : String.format(Locale.ROOT, "%.2f", r.score()));
            }
            EmergenceTable.Row dense = bySampling.get(Sampling.DENSE);
            if (dense != null) {
                row.set(3, withInterval(dense.score(), dense.seeds().score()));
            }
            row.add(dense == null ? "" : withInterval(dense.transition(), dense.seeds().transition()));
            row.add(dense == null ? "" : String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", dense.width().value(),
                    dense.width().low(), dense.width().high()));
            row.add(dense == null ? "" : String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", dense.midpoint().value(),
                    dense.midpoint().low(), dense.midpoint().high()));
            rows.add(row);
        });
        return rows;
    }

    /** Distinct values of the manifests' provenance fields, and the total training time. */
    static List<List<String>> provenance(List<? extends LoadedRun<?>> runs) {
        List<RunManifest> m = runs.stream().<RunManifest>map(LoadedRun::manifest).toList();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("runs", m.size() + " (" + m.stream().filter(RunManifest::ok).count() + " ok)"));
        rows.add(List.of("profile", distinct(m, r -> r.identity().profile())));
        rows.add(List.of("root seed", distinct(m, r -> Long.toString(r.identity().rootSeed()))));
        rows.add(List.of("seeds per size", Integer.toString(m.stream().mapToInt(r -> r.identity().replicate()).max()
                .orElse(-1) + 1)));
        rows.add(List.of("budget", distinct(m, r -> new TreeMap<>(r.identity().budget()).toString())));
        for (String key : List.of("git_commit", "lab_version", "dl4j_version", "nd4j_artifact", "backend",
                "blas_vendor", "java_version", "threads", "cores", "os")) {
            rows.add(List.of(key, distinct(m, r -> r.environment().getOrDefault(key, "?"))));
        }
        rows.add(List.of("data checksums", distinct(m, r -> new TreeMap<>(r.identity().data()).toString())));
        rows.add(List.of("training time (sum over runs)",
                Durations.format(m.stream().mapToDouble(r -> r.outcome().trainSeconds()).sum())));
        return rows;
    }

    private static String distinct(List<RunManifest> m, Function<RunManifest, String> f) {
        return String.join(", ", m.stream().map(f).collect(Collectors.toCollection(TreeSet::new)));
    }

    private final class Html extends Document {
        Html() {
            out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                    .append("<title>emergence-lab report</title>\n<style>\n")
                    .append("body{font-family:sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}\n")
                    .append("figure{margin:1.5em 0}img{max-width:100%}figcaption{color:#444}\n")
                    .append("table{border-collapse:collapse;margin:1em 0;font-size:90%}\n")
                    .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}\n")
                    .append("</style>\n</head>\n<body>\n");
        }

        @Override
        void heading(int level, String text) {
            out.append("<h").append(level).append(" id=\"").append(anchor(text)).append("\">").append(escape(text))
                    .append("</h").append(level).append(">\n");
        }

        @Override
        String contents(List<String> titles) {
            // index.html lies beside the explorer.
            StringBuilder toc = new StringBuilder("<nav><p><a href=\"").append(layout.explorer().getFileName())
                    .append("\">The explorer</a>: move each sharp metric's knob over the same stored outputs.</p>\n")
                    .append("<p>Contents:</p>\n<ol>\n");
            titles.forEach(t -> toc.append("<li><a href=\"#").append(anchor(t)).append("\">").append(escape(t))
                    .append("</a></li>\n"));
            return toc.append("</ol></nav>\n").toString();
        }

        @Override
        void paragraph(String text) {
            out.append("<p>").append(escape(text)).append("</p>\n");
        }

        @Override
        void figure(String path, String caption) {
            // index.html lies one folder below the results root.
            out.append("<figure><img src=\"../").append(escape(path)).append("\" alt=\"").append(escape(caption))
                    .append("\"/><figcaption>").append(escape(caption)).append("</figcaption></figure>\n");
        }

        @Override
        void table(List<String> header, List<List<String>> rows) {
            out.append("<table>\n<tr>");
            header.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
            out.append("</tr>\n");
            for (List<String> row : rows) {
                out.append("<tr>");
                row.forEach(c -> out.append("<td>").append(escape(c)).append("</td>"));
                out.append("</tr>\n");
            }
            out.append("</table>\n");
        }

        @Override
        String finish() {
            return out.append("</body>\n</html>\n").toString();
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    private final class Markdown extends Document {
        @Override
        void heading(int level, String text) {
            out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        }

        @Override
        String contents(List<String> titles) {
            StringBuilder toc = new StringBuilder("[The explorer](" + layout.link(layout.explorer()) + "): move each "
                    + "sharp metric's knob over the same stored outputs (open it from disk, in a browser).\n\n"
                    + "Contents:\n\n");
            for (int i = 0; i < titles.size(); i++) {
                toc.append(i + 1).append(". [").append(titles.get(i)).append("](#").append(anchor(titles.get(i)))
                        .append(")\n");
            }
            return toc.append('\n').toString();
        }

        @Override
        void paragraph(String text) {
            out.append(text).append("\n\n");
        }

        @Override
        void figure(String path, String caption) {
            String stem = path.substring(path.lastIndexOf('/') + 1).replace(".png", "");
            out.append("![").append(stem).append("](").append(path)
                    .append(")\n\n").append(caption).append("\n\n");
        }

        @Override
        void table(List<String> header, List<List<String>> rows) {
            out.append("| ").append(String.join(" | ", header)).append(" |\n|");
            header.forEach(h -> out.append(" --- |"));
            out.append('\n');
            for (List<String> row : rows) {
                out.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
                        .append(" |\n");
            }
            out.append('\n');
        }

        @Override
        String finish() {
            return out.toString();
        }
    }
}
