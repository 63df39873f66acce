package emergence.cli;

import emergence.core.BadInputException;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Analysed;
import emergence.core.experiment.Analysis;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.sweep.SweepOptions;
import emergence.report.Durations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/lab analyse [EXPERIMENT…]}: computes the tables experiments derive from their datasets outside the sweep
 * ({@link Experiment#analyses}) into {@code OUT/EXPERIMENT/}, where figures and README tables find them; a table
 * already there is kept unless {@code --force}; {@code --only} picks tables by file name.
 */
@Command(name = "analyse", description = "Compute the tables an experiment derives from its dataset outside its sweep "
        + "(e.g. the autoencoder's PCA bound and convergence study) into OUT/EXPERIMENT/; tables already there are kept.")
final class AnalyseCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyseCommand.class);

    @Parameters(arity = "0..*", paramLabel = "EXPERIMENT", description = "Default: every experiment with analyses.")
    List<String> experiments = List.of();

    @Mixin
    SweepOptionsMixin sweep;

    @Option(names = "--force", description = "Compute tables that are already there again.")
    boolean force;

    @Option(names = "--only", split = ",", paramLabel = "TABLE", description = "Only these tables, by file name "
            + "(e.g. pca_bound.csv). Default: all of each experiment's.")
    List<String> tables;

    @Override
    public Integer call() {
        List<Experiment<?, ?>> chosen = experiments.isEmpty()
                ? Experiments.all().stream().filter(e -> !analyses(e).isEmpty()).toList()
                : experiments.stream().<Experiment<?, ?>>map(Experiments::get).toList();
        for (Experiment<?, ?> e : chosen) {
            if (analyses(e).isEmpty()) {
                throw new BadInputException(e.name() + " has no analyses; experiments with some: " + String.join(", ",
                        Experiments.all().stream().filter(x -> !analyses(x).isEmpty()).map(Experiment::name)
                                .toList()));
            }
        }
        List<String> only = tables == null ? List.of() : Inputs.entries("--only", tables);
        List<String> files = chosen.stream().flatMap(e -> analyses(e).stream()).map(Analysis::file).toList();
        List<String> unknown = only.stream().filter(f -> !files.contains(f)).toList();
        if (!unknown.isEmpty()) {
            throw new BadInputException("--only " + String.join(",", unknown) + ": no such table; the chosen "
                    + "experiments' tables are " + String.join(", ", files));
        }
        SweepOptions options = sweep.toOptions();
        for (Experiment<?, ?> e : chosen) {
            VerifiedDataset data = null;
            for (Analysis a : analyses(e).stream().filter(a -> only.isEmpty() || only.contains(a.file())).toList()) {
                Path target = options.out().resolve(e.name()).resolve(a.file());
                if (Files.isRegularFile(target) && !force) {
                    LOG.info("{}: {} kept ({}; --force computes it again)", e.name(), target, a.description());
                    continue;
                }
                data = data != null ? data : Pipeline.verifiedData(e, options);
                long start = System.nanoTime();
                a.write(data, target);
                LOG.info("{}: {} → {} in {}", e.name(), a.description(), target,
                        Durations.format((System.nanoTime() - start) / 1e9));
            }
        }
        return 0;
    }

    /** The analyses of an experiment that offers some; none otherwise. */
    private static List<Analysis> analyses(Experiment<?, ?> e) {
        return e.capability(Analysed.class).map(Analysed::analyses).orElse(List.of());
    }
}
