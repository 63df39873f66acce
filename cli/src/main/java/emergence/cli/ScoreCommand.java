package emergence.cli;

import emergence.core.experiment.Experiments;
import emergence.report.Scorer;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bin/lab score EXPERIMENT}: the tables of stored runs, without figures. */
@Command(name = "score", description = "Score stored runs into summary.csv and emergence_scores.csv.")
final class ScoreCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ScoreCommand.class);

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
