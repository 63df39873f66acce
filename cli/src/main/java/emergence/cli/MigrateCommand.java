package emergence.cli;

import emergence.core.BadInputException;
import emergence.core.outputs.RunManifest;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.ResultsLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/lab migrate}: every run manifest under a results root in the current schema. */
@Command(name = "migrate", description = "Upgrade the run manifests under a results root to the current schema "
        + "(recording each run's output checksum).")
final class MigrateCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "Results root. Default: results.")
    Path out = ResultsLayout.COMMITTED.root();

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
        LoggerFactory.getLogger(MigrateCommand.class).info("migrated {} run manifests under {} to schema {}",
                upgraded, out, RunManifest.SCHEMA);
        return 0;
    }
}
