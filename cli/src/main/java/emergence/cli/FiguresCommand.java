package emergence.cli;

import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.sweep.SweepOptions;
import emergence.report.MissingInputException;
import emergence.report.Scorer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/lab figures [EXPERIMENT…]}: re-scores stored outputs and renders every figure; with no experiment
 * named, also the §2 model, the report and the explorer over every complete sweep.
 */
@Command(name = "figures", description = "Re-score stored outputs and render every figure (no training).")
final class FiguresCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(FiguresCommand.class);

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
        Pipeline pipeline = new Pipeline(options, Duration.ofSeconds(30));
        boolean all = experiments == null || experiments.isEmpty();
        List<Scorer.Scored<?>> sections = new ArrayList<>();
        List<Experiment<?, ?>> chosen = all ? Experiments.all() : experiments.stream()
                .<Experiment<?, ?>>map(Experiments::get).toList();
        for (Experiment<?, ?> entry : chosen) {
            var audit = pipeline.audit(entry);
            if (all && !audit.complete()) {
                if (!audit.stored().isEmpty()) {
                    LOG.warn("{}: left out of the figures and the report until its sweep is complete ({}). "
                            + "Finish it: bin/lab train {} --profile {}", entry.name(), audit.describe(),
                            entry.name(), options.profile().id());
                }
                continue;
            }
            sections.add(pipeline.render(entry, audit, partial));
        }
        if (sections.isEmpty()) {
            throw new MissingInputException("No complete " + options.profile().id() + " sweep of any experiment "
                    + "under " + options.out() + ". Train first: bin/lab train EXPERIMENT --profile "
                    + options.profile().id() + ".");
        }
        if (all) {
            pipeline.renderModelAndReport(sections);
        }
        return 0;
    }
}
