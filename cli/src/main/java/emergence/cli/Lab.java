package emergence.cli;

import emergence.core.BadInputException;
import emergence.core.data.DataLocator;
import emergence.core.data.DatasetResolver;
import emergence.core.data.Downloader;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.LiveDemo;
import emergence.core.io.AtomicFiles;
import emergence.core.outputs.Provenance;
import emergence.core.outputs.RunManifest;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.Profile;
import emergence.core.sweep.ResultsLayout;
import emergence.core.sweep.SweepAudit;
import emergence.core.sweep.SweepOptions;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Sampling;
import emergence.training.sweep.Engine;
import emergence.training.sweep.EngineSettings;
import emergence.training.sweep.Engines;
import emergence.training.sweep.SweepRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code bin/lab} command line: train, score, figures, reproduce, model, bench. */
@Command(name = "lab", mixinStandardHelpOptions = true, versionProvider = Lab.Version.class,
        description = "Trains model families once, stores per-example outputs, and scores them with smooth "
                + "and sharp metrics.",
        subcommands = {Lab.Train.class, Lab.Score.class, Lab.Figures.class, Lab.Reproduce.class, Lab.Model.class,
                Lab.Demo.class,
                Bench.class, PlanCommand.class, AnalyseCommand.class, Lab.Migrate.class})
public final class Lab {
    static final Logger LOG = LoggerFactory.getLogger(Lab.class);

    /** The version the build recorded ({@code emergence-build.properties}), with the ND4J release it runs on. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"emergence-lab " + Provenance.build("lab.version") + " (DL4J/ND4J "
                    + Provenance.build("dl4j.version") + ")"};
        }
    }

    /** Exit code of a run refused for bad input (data, options, missing results). */
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        Interruption.install(args);
        System.exit(Interruption.exitStatus(execute(args)));
    }

    /** Exit code of a bug: the stack trace is in the log. */
    public static final int EXIT_BUG = 1;

    /** Runs the command line and returns the exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Lab());
        // --help (and --version) on every command, not only on bin/lab itself.
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> exitCode(ex, commandLine.getErr()));
        // A mistyped option gets one line and where to look, not the whole usage text.
        cl.setParameterExceptionHandler((ex, given) -> {
            String command = ex.getCommandLine().getCommandName();
            ex.getCommandLine().getErr().println("error: " + ex.getMessage() + ". See: bin/lab "
                    + (command.equals("lab") ? "" : command + " ") + "--help");
            return EXIT_BAD_INPUT;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            cl.getErr().println("error: the lab ran out of Java heap (" + e.getMessage() + ", at most "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB). Give it more, e.g. LAB_JAVA_OPTS='-Xmx8g "
                    + "-Dorg.bytedeco.javacpp.maxbytes=4G' bin/lab ... (bin/lab's default is -Xmx6g); what was stored "
                    + "is kept.");
            return EXIT_BAD_INPUT;
        }
    }

    /**
     * What a failed command exits with: 2 and one line for input the user can fix ({@link BadInputException}, or
     * a path that cannot be written: a full disk, no permission, a read-only file system), else 1 with the
     * stack trace (a bug).
     */
    static int exitCode(Exception ex, PrintWriter err) {
        if (Interruption.stopping()) {
            return EXIT_BAD_INPUT;  // not a bug: a signal's handler reports the stop and ends the JVM with its status
        }
        if (ex instanceof BadInputException) {
            err.println("error: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs) {
                err.println("error: cannot write " + fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason()
                        : fs.getClass().getSimpleName()) + ". Free space, fix the permissions or choose another --out;"
                        + " nothing half-written was left behind.");
                return EXIT_BAD_INPUT;
            }
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left on device")) {
                err.println("error: " + t.getMessage() + ". Free space or choose another --out; nothing half-written "
                        + "was left behind.");
                return EXIT_BAD_INPUT;
            }
        }
        err.println("error: a bug in the lab (please report it with this log):");
        ex.printStackTrace(err);
        return EXIT_BUG;
    }

    /** Verifies the experiment's dataset (finding or downloading it) before any training starts. */
    static VerifiedDataset verifiedData(Experiment<?, ?> experiment, SweepOptions options) {
        DatasetResolver resolver = new DatasetResolver(DataLocator.forProcess(options.dataDir()), options.download(),
                new Downloader());
        return resolver.resolve(experiment.dataset());
    }

    /** The options of the commands that train: retrain failed runs, train paper runs from a dirty tree. */
    static final class TrainingPolicies {
        @Option(names = "--retry-failed", description = "Train runs stored as failed (diverged) again.")
        boolean retryFailed;

        @Option(names = "--allow-dirty", description = "Train paper runs although the working tree has "
                + "uncommitted changes (their manifests then record a -dirty commit).")
        boolean allowDirty;
    }

    @Command(name = "train", description = "Train an experiment's sweep (resumes; skips stored runs), then "
            + "score it and render its figures.")
    static final class Train implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "e.g. lenet-mnist")
        String experiment;

        @Mixin
        SweepOptionsMixin sweep;

        @Mixin
        TrainingPolicies policies;

        @Mixin
        EngineOptions engine;

        @Option(names = "--sizes", split = ",", paramLabel = "ID[,ID…]", description = "Train only these sizes "
                + "(ids as in the run folders, e.g. h1024); the others stay as they are. Default: every size.")
        List<String> sizes;

        @Override
        public Integer call() {
            Experiment<?, ?> entry = Experiments.get(experiment);
            SweepOptions options = sweep.toOptions().withSizes(sizes == null ? List.of() : Inputs.entries("--sizes",
                            sizes))
                    .withPolicies(policies.retryFailed, policies.allowDirty);
            // Refuses an unknown --sizes id before the dataset is read.
            SweepRunner<?> runner = new SweepRunner<>(entry, options, System.console() != null, Duration.ofSeconds(30));
            long start = System.nanoTime();
            int trained = 0;
            // The dataset is verified only when a run must train: a complete store scores without it.
            if (runner.pending().isEmpty()) {
                LOG.info("{} ({} profile): all {} runs stored in {}; nothing to train", experiment,
                        options.profile().id(), runner.jobs().size(), options.profile().runsDir(options.out(),
                                experiment));
            } else {
                VerifiedDataset data = verifiedData(entry, options);
                Interruption.storedSoFar(() -> Scorer.audit(entry, options).describe());
                try (Engine on = engine.open(options.threads())) {
                    trained = runner.run(data, on);
                }
            }
            String took = Durations.format((System.nanoTime() - start) / 1e9);
            var audit = Scorer.audit(entry, options);
            if (!audit.complete()) {
                LOG.info("trained {} runs in {}; the sweep is not complete yet ({}): its tables and figures are made "
                        + "when it is (bin/lab train {} --profile {}), or now with bin/lab score {} --partial", trained,
                        took, audit.describe(), experiment, options.profile().id(), experiment);
                return 0;
            }
            Scorer.Scored<?> scored = Scorer.score(entry, audit, options, false);
            List<Path> figures = Scorer.figures(scored);
            LOG.info("trained {} runs in {}; tables in {}; {} figures in {}", trained, took, scored.dir(),
                    figures.size(), scored.tables().figures());
            return scored.failed() > 0 ? 1 : 0;
        }
    }

    @Command(name = "score", description = "Score stored runs into summary.csv and emergence_scores.csv.")
    static final class Score implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "EXPERIMENT")
        String experiment;

        @Mixin
        SweepOptionsMixin sweep;

        @Option(names = "--partial", description = "Score an incomplete sweep too; its tables go to "
                + "OUT/EXPERIMENT/partial/.")
        boolean partial;

        @Override
        public Integer call() {
            Scorer.Scored<?> scored = Scorer.score(Experiments.get(experiment), sweep.toOptions(), partial);
            LOG.info("scored {} runs ({} failed) into {}", scored.runs(), scored.failed(), scored.dir());
            return 0;
        }
    }

    @Command(name = "figures", description = "Re-score stored outputs and render every figure (no training).")
    static final class Figures implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "EXPERIMENT", description = "Default: every experiment.")
        List<String> experiments;

        @Mixin
        SweepOptionsMixin sweep;

        @Option(names = "--partial", description = "With named experiments: render incomplete sweeps too, into "
                + "OUT/EXPERIMENT/partial/.")
        boolean partial;

        @Override
        public Integer call() {
            SweepOptions options = sweep.toOptions();
            boolean all = experiments == null || experiments.isEmpty();
            List<Report.Section> sections = new ArrayList<>();
            List<Experiment<?, ?>> chosen = all ? Experiments.all() : experiments.stream()
                    .<Experiment<?, ?>>map(Experiments::get).toList();
            for (Experiment<?, ?> entry : chosen) {
                var audit = Scorer.audit(entry, options);
                if (all) {
                    if (!audit.complete()) {
                        if (!audit.stored().isEmpty()) {
                            LOG.warn("{}: left out of the figures and the report until its sweep is complete ({}). "
                                    + "Finish it: bin/lab train {} --profile {}", entry.name(), audit.describe(),
                                    entry.name(), options.profile().id());
                        }
                        continue;
                    }
                }
                sections.add(render(entry, audit, options, partial));
            }
            if (sections.isEmpty()) {
                throw new MissingInputException("No complete " + options.profile().id() + " sweep of any experiment "
                        + "under " + options.out() + ". Train first: bin/lab train EXPERIMENT --profile "
                        + options.profile().id() + ".");
            }
            if (all) {
                renderModelAndReport(options.out(), options.profile(), sections);
            }
            return 0;
        }
    }

    @Command(name = "reproduce", description = "The whole study: train every experiment (resumes; skips stored "
            + "runs), score it, render every figure, the §2 model and the report.")
    static final class Reproduce implements Callable<Integer> {
        @Mixin
        SweepOptionsMixin sweep;

        @Mixin
        TrainingPolicies policies;

        @Mixin
        EngineOptions engine;

        @Override
        public Integer call() {
            SweepOptions options = sweep.toOptions().withPolicies(policies.retryFailed, policies.allowDirty);
            // Every dataset a run must train on first: a missing one is refused before hours of training, not after.
            // An experiment whose runs are all stored needs none (a fresh clone reproduces the paper from its outputs).
            List<Experiment<?, ?>> all = Experiments.all();
            Map<String, VerifiedDataset> data = new LinkedHashMap<>();
            for (Experiment<?, ?> entry : all) {
                if (!new SweepRunner<>(entry, options, false, Duration.ofSeconds(30)).pending().isEmpty()) {
                    data.put(entry.name(), verifiedData(entry, options));
                }
            }
            long begin = System.nanoTime();
            List<Report.Section> sections = new ArrayList<>();
            int failed = 0;
            try (Engine on = engine.open(options.threads())) {
                failed = reproduce(all, data, options, on, sections);
            }
            renderModelAndReport(options.out(), options.profile(), sections);
            LOG.info("reproduce ({} profile) finished in {}", options.profile().id(),
                    Durations.format((System.nanoTime() - begin) / 1e9));
            return failed > 0 ? 1 : 0;
        }

        /** Trains, scores and renders each experiment in turn; returns the failed runs. */
        private static int reproduce(List<Experiment<?, ?>> all, Map<String, VerifiedDataset> data,
                                     SweepOptions options, Engine engine, List<Report.Section> sections) {
            int failed = 0;
            for (Experiment<?, ?> entry : all) {
                String name = entry.name();
                SweepRunner<?> runner = new SweepRunner<>(entry, options, System.console() != null,
                        Duration.ofSeconds(30));
                Interruption.storedSoFar(() -> name + ": " + Scorer.audit(entry, options).describe());
                RunTimeEstimate estimate = RunTimeEstimate.of(entry, options, SweepOptionsMixin.PAPER_OUT);
                LOG.info("{}: {}", name, estimate.describe(estimate.pending() == 0 ? 1 : engine.slots()));
                long start = System.nanoTime();
                int trained = data.containsKey(name) ? runner.run(data.get(name), engine) : 0;
                Report.Section section = render(entry, Scorer.audit(entry, options), options, false);
                sections.add(section);
                failed += section.scored().failed();
                LOG.info("{}: trained {} runs, scored and rendered in {} (actual)", name, trained,
                        Durations.format((System.nanoTime() - start) / 1e9));
            }
            return failed;
        }
    }

    @Command(name = "demo", description = "For a lecture: train a small family live on generated data (about 20 s "
            + "on a quiet 2-core machine, with a progress bar) and write the explorer on it, or with --stored write it "
            + "from the committed results; prints how wide each metric's rise is, the page and a walkthrough.")
    static final class Demo implements Callable<Integer> {
        /** The live demo on a quiet 2-core machine, as measured ({@code demo-live} in results/timings.csv). */
        static final String QUIET = "about 20 s on a quiet 2-core machine";
        /** A live demo slower than this suggests --stored next time (a lecture cannot wait minutes). */
        static final double SLOW_SECONDS = 60;

        @Option(names = "--stored", description = "Use the committed paper results instead of training.")
        boolean stored;

        @Option(names = "--out", paramLabel = "DIR", description = "Where the demo's runs and explorer go "
                + "(default: target/demo).")
        Path out = Path.of("target", "demo");

        @Option(names = "--threads", description = "ND4J threads, 1..256 (default 2).")
        int threads = 2;

        @Override
        public Integer call() {
            SweepOptionsMixin.checkResultsRoot(out, Profile.QUICK);
            Inputs.within("--threads", threads, 1, 256);
            long start = System.nanoTime();
            List<ExplorerPage.Source<?>> sources = new ArrayList<>();
            List<String> lessons = new ArrayList<>();
            if (stored) {
                for (Experiment<?, ?> e : Experiments.all()) {
                    ExplorerPage.Source.stored(e, SweepOptionsMixin.PAPER_OUT, Profile.PAPER).ifPresent(sources::add);
                }
                if (sources.isEmpty()) {
                    throw new MissingInputException("No complete paper sweep under " + SweepOptionsMixin.PAPER_OUT
                            + ": run bin/lab demo from the project root of a full checkout, or without --stored.");
                }
            } else {
                SweepOptions options = new SweepOptions(Profile.QUICK, Optional.empty(),
                        SweepOptions.DEFAULT_ROOT_SEED, threads, out, Optional.empty(), false);
                for (Experiment<?, ?> e : Experiments.all().stream().filter(x -> x.capability(LiveDemo.class).isPresent())
                        .toList()) {
                    System.out.println("Training " + e.id().title() + " live: " + QUIET + ". On a busy machine, or for "
                            + "a lecture that cannot wait, press Ctrl-C and run bin/lab demo --stored (the same page "
                            + "from the committed results, in seconds).");
                    try (Engine on = Engines.open(new EngineSettings("local", Optional.empty(), threads))) {
                        new SweepRunner<>(e, options, System.console() != null, Duration.ofSeconds(10))
                                .run(verifiedData(e, options), on);
                    }
                    Scorer.Scored<?> scored = Scorer.score(e, Scorer.audit(e, options), options, false);
                    sources.add(ExplorerPage.Source.of(scored));
                    e.scoring().contrasts().forEach(c -> lessons.add(lesson(e, scored.emergence(), c)));
                }
            }
            ExplorerPage explorer = new ExplorerPage(out, sources);
            Path page = explorer.write();
            double seconds = (System.nanoTime() - start) / 1e9;
            lessons.forEach(System.out::println);
            System.out.println("explorer: " + page.toAbsolutePath().normalize().toUri() + " (written in "
                    + Durations.format(seconds) + "; open it in a browser, no network needed)");
            if (!stored && seconds > SLOW_SECONDS) {
                System.out.println("This machine took " + Durations.format(seconds) + " (" + QUIET + "): in a "
                        + "lecture, run bin/lab demo --stored, which writes the page from the committed results in "
                        + "seconds, or run the live demo before the lecture starts.");
            }
            System.out.println("Things to try:");
            List<String> steps = explorer.walkthrough();
            for (int i = 0; i < steps.size(); i++) {
                System.out.println("  " + (i + 1) + ". " + steps.get(i));
            }
            return 0;
        }

        /**
         * How wide the rise of a contrast's smooth and sharp metric is on the family just trained, with their
         * emergence scores: the numbers a lecture compares.
         */
        static String lesson(Experiment<?, ?> e, EmergenceTable scores, Contrast c) {
            EmergenceTable.Row smooth = scores.row(c.smooth(), c.smoothArg(), Sampling.DENSE);
            EmergenceTable.Row sharp = scores.row(c.sharp(), c.sharpArg(), Sampling.DENSE);
            String sharpName = Explorable.of(e).map(x -> x.sharp() + " at " + x.knob() + " = " + c.sharpArg())
                    .orElse(SharpnessTables.label(c.sharp(), c.sharpArg()));
            double ratio = smooth.transition() / sharp.transition();
            return String.format(Locale.ROOT, "%s: %s rises from 10%% to 90%% of its range over %.2f decades of "
                    + "parameters (emergence score %.1f), %s over %.2f decades (emergence score %.1f): same models, "
                    + "same stored outputs. %s", e.id().title(), SharpnessTables.label(c.smooth(), c.smoothArg()),
                    smooth.transition(), smooth.score(), sharpName, sharp.transition(), sharp.score(),
                    ratio >= 2 ? "The sharp metric's rise is " + String.format(Locale.ROOT, "%.1f", ratio)
                            + "× narrower."
                            : "The sharp metric's rise is no narrower (ratio " + String.format(Locale.ROOT, "%.2f",
                            ratio) + "): it is the same rise moved to larger models, as the §2 model's p^K is p "
                            + "shifted; the jump you will see comes from the linear axis and the few sizes (steps 2 "
                            + "and 3).");
        }
    }

    @Command(name = "migrate", description = "Upgrade the run manifests under a results root to the current schema "
            + "(recording each run's output checksum).")
    static final class Migrate implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "DIR", description = "Results root. Default: results.")
        Path out = SweepOptionsMixin.PAPER_OUT;

        @Override
        public Integer call() throws IOException {
            Inputs.writableFolder("--out", out);
            if (!Files.isDirectory(out)) {
                throw new BadInputException("No results root " + out + ". Pass the folder that holds "
                        + "EXPERIMENT/runs-PROFILE folders with --out.");
            }
            int upgraded = 0;
            try (var experiments = Files.list(out)) {
                for (Path exp : experiments.filter(Files::isDirectory).sorted().toList()) {
                    try (var stores = Files.list(exp)) {
                        for (Path runs : stores.filter(p -> p.getFileName().toString().startsWith("runs-")).sorted()
                                .toList()) {
                            upgraded += new RunStore(runs).migrate();
                        }
                    }
                }
            }
            LOG.info("migrated {} run manifests under {} to schema {}", upgraded, out, RunManifest.SCHEMA);
            return 0;
        }
    }

    /** Scores one experiment's stored runs and renders its figures. */
    static Report.Section render(Experiment<?, ?> experiment, SweepAudit<?> audit, SweepOptions options,
                                 boolean partial) {
        Scorer.Scored<?> scored = Scorer.score(experiment, audit, options, partial);
        List<Path> files = Scorer.figures(scored);
        LOG.info("{}: {} figures in {}", experiment.name(), files.size(), scored.tables().figures());
        return new Report.Section(scored);
    }

    /**
     * The §2 model's figures, then the report over the given experiments; for the paper profile's committed
     * results, also the README's reference tables.
     */
    static void renderModelAndReport(Path out, Profile profile, List<Report.Section> sections) {
        ResultsLayout layout = new ResultsLayout(out);
        Path dir = layout.section2Figures();
        for (Path written : List.of(out, layout.report(), dir.getParent())) {
            AtomicFiles.removeStale(written);
        }
        List<Path> files = new TokenModelFigures(TokenModel.DEFAULT, TokenModel.FROM, TokenModel.TO, 60).write(dir);
        LOG.info("§2 model: {} figures in {}", files.size(), dir);
        LOG.info("report: {}", new Report(out, sections).write());
        LOG.info("explorer: {}", new ExplorerPage(out, sections.stream()
                .<ExplorerPage.Source<?>>map(s -> ExplorerPage.Source.of(s.scored())).toList()).write());
        if (profile == Profile.PAPER && out.equals(SweepOptionsMixin.PAPER_OUT)) {
            for (Path document : ReadmeTables.updateDocuments(out)) {
                LOG.info("{}: generated tables rewritten from the tables under {}", document, out);
            }
        }
    }

    @Command(name = "model", description = "Render the paper's §2 model (computed, not trained): per-token "
            + "cross-entropy (c/N)^alpha, p = exp(-CE), exact match p^L, edit distance L(1-p), Brier.")
    static final class Model implements Callable<Integer> {
        static final String DIR = "section2";

        /** Named constants; {@code --c}, {@code --alpha} and {@code --vocabulary} override the preset's. */
        enum Preset {
            DEFAULT(TokenModel.DEFAULT), KAPLAN(TokenModel.KAPLAN);

            final TokenModel model;

            Preset(TokenModel model) {
                this.model = model;
            }
        }

        /** {@code default} or {@code kaplan}, any case. */
        static final class PresetConverter implements picocli.CommandLine.ITypeConverter<Preset> {
            @Override
            public Preset convert(String value) {
                for (Preset p : Preset.values()) {
                    if (p.name().equalsIgnoreCase(value)) {
                        return p;
                    }
                }
                throw new picocli.CommandLine.TypeConversionException("unknown preset '" + value
                        + "'; choose default or kaplan");
            }
        }

        @Option(names = "--preset", description = "default (c = 5e10, alpha = 0.18: p from 0.05 to 0.95 over "
                + "1e8–1e18) or kaplan (Kaplan et al.'s c = 8.8e13, alpha = 0.076, as the paper: p from 0.06 to 0.61). "
                + "Default: default.", converter = PresetConverter.class)
        Preset preset = Preset.DEFAULT;

        @Option(names = "--c", description = "Power-law scale in parameters. Default: the preset's.")
        Double c;

        @Option(names = "--alpha", description = "Power-law exponent. Default: the preset's.")
        Double alpha;

        @Option(names = "--vocabulary", description = "Tokens per position (for Brier). Default: the preset's (50257).")
        Integer vocabulary;

        @Option(names = "--from", description = "Smallest parameter count. Default: 1e8.")
        double from = TokenModel.FROM;

        @Option(names = "--to", description = "Largest parameter count. Default: 1e18.")
        double to = TokenModel.TO;

        @Option(names = "--out", description = "Results root; figures go to OUT/section2/figures. Default: results.")
        Path out = ResultsLayout.COMMITTED.root();

        @Override
        public Integer call() {
            Path dir = new ResultsLayout(Inputs.writableFolder("--out", out)).section2Figures();
            TokenModelFigures figures;
            TokenModel model;
            try {
                TokenModel base = preset.model;
                model = new TokenModel(c == null ? base.c() : c, alpha == null ? base.alpha() : alpha,
                        vocabulary == null ? base.vocabulary() : vocabulary);
                figures = new TokenModelFigures(model, from, to, 60);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--c, --alpha, --vocabulary, --from, --to: " + e.getMessage());
            }
            double largest = model.crossEntropy(from);
            if (!Double.isFinite(largest)) {
                throw new BadInputException("--c " + model.c() + ", --alpha " + model.alpha() + ": the per-token "
                        + "cross-entropy (c/N)^alpha overflows at N = --from " + from + "; choose a smaller alpha or c, "
                        + "or a larger --from.");
            }
            List<Path> files = figures.write(dir);
            LOG.info("§2 model: {} figures in {}", files.size(), dir);
            return 0;
        }
    }
}
