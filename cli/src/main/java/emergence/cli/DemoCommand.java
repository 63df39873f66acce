package emergence.cli;

import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.LiveDemo;
import emergence.core.sweep.Profile;
import emergence.core.sweep.ResultsLayout;
import emergence.core.sweep.SweepOptions;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Sampling;
import emergence.report.Durations;
import emergence.report.ExplorerPage;
import emergence.report.MissingInputException;
import emergence.report.Scorer;
import emergence.training.sweep.Engine;
import emergence.training.sweep.EngineSettings;
import emergence.training.sweep.Engines;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/lab demo}: for a lecture, the explorer on a family trained live (or, with {@code --stored}, on the
 * committed results), with how wide each metric's rise is and a walkthrough.
 */
@Command(name = "demo", description = "For a lecture: train a small family live on generated data (about 20 s "
        + "on a quiet 2-core machine, with a progress bar) and write the explorer on it, or with --stored write it "
        + "from the committed results; prints how wide each metric's rise is, the page and a walkthrough.")
final class DemoCommand implements Callable<Integer> {
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
                ExplorerPage.Source.stored(e, ResultsLayout.COMMITTED.root(), Profile.PAPER).ifPresent(sources::add);
            }
            if (sources.isEmpty()) {
                throw new MissingInputException("No complete paper sweep under " + ResultsLayout.COMMITTED.root()
                        + ": run bin/lab demo from the project root of a full checkout, or without --stored.");
            }
        } else {
            SweepOptions options = new SweepOptions(Profile.QUICK, Optional.empty(),
                    SweepOptions.DEFAULT_ROOT_SEED, threads, out, Optional.empty(), false);
            Pipeline pipeline = new Pipeline(options, Duration.ofSeconds(10));
            for (Experiment<?, ?> e : Experiments.all().stream().filter(x -> x.capability(LiveDemo.class).isPresent())
                    .toList()) {
                System.out.println("Training " + e.id().title() + " live: " + QUIET + ". On a busy machine, or for "
                        + "a lecture that cannot wait, press Ctrl-C and run bin/lab demo --stored (the same page "
                        + "from the committed results, in seconds).");
                try (Engine on = Engines.open(new EngineSettings("local", Optional.empty(), threads))) {
                    pipeline.train(e, pipeline.runner(e), pipeline.verifiedData(e), on);
                }
                Scorer.Scored<?> scored = Scorer.score(e, pipeline.audit(e), options, false);
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
        EmergenceTable.Row smooth = scores.row(c.smooth(), Sampling.DENSE);
        EmergenceTable.Row sharp = scores.row(c.sharp(), Sampling.DENSE);
        String sharpName = Explorable.of(e).map(x -> x.sharp() + " at " + x.knob() + " = " + c.sharp().arg())
                .orElse(c.sharp().label());
        double ratio = smooth.transition() / sharp.transition();
        return String.format(Locale.ROOT, "%s: %s rises from 10%% to 90%% of its range over %.2f decades of "
                + "parameters (emergence score %.1f), %s over %.2f decades (emergence score %.1f): same models, "
                + "same stored outputs. %s", e.id().title(), c.smooth().label(),
                smooth.transition(), smooth.score(), sharpName, sharp.transition(), sharp.score(),
                ratio >= 2 ? "The sharp metric's rise is " + String.format(Locale.ROOT, "%.1f", ratio)
                        + "× narrower."
                        : "The sharp metric's rise is no narrower (ratio " + String.format(Locale.ROOT, "%.2f",
                        ratio) + "): it is the same rise moved to larger models, as the §2 model's p^K is p "
                        + "shifted; the jump you will see comes from the linear axis and the few sizes (steps 2 "
                        + "and 3).");
    }
}
