package emergence.cli;

import emergence.core.BadInputException;
import emergence.core.sweep.Profile;
import emergence.core.sweep.ResultsLayout;
import emergence.core.sweep.SweepOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** The options every sweep command shares ({@code --profile}, {@code --data-dir}, {@code --out}, …). */
public final class SweepOptionsMixin {
    private static final Logger LOG = LoggerFactory.getLogger(SweepOptionsMixin.class);

    @Option(names = "--profile", defaultValue = "paper", converter = ProfileConverter.class,
            description = "quick (minutes) or paper (the full sweep). Default: ${DEFAULT-VALUE}.")
    Profile profile;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data root holding mnist/, cifar100/, omniglot/ (wins over $EMERGENCE_DATA, "
                    + "./data and the download cache).")
    Path dataDir;

    @Option(names = "--download", description = "Download a dataset found nowhere into the cache, verified against its pinned checksum.")
    boolean download;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results root. Default: results for paper, target/quick-results for quick.")
    Path out;

    @Option(names = "--seeds", paramLabel = "N", description = "Replicates per size, 1..100. Default: the profile's.")
    Integer seeds;

    @Option(names = "--root-seed", paramLabel = "S", description = "Root seed of every run's seed. Default: "
            + SweepOptions.DEFAULT_ROOT_SEED + ".")
    long rootSeed = SweepOptions.DEFAULT_ROOT_SEED;

    @Option(names = "--threads", paramLabel = "T", description = "ND4J threads per run, pinned and recorded (on "
            + "Spark: spark.task.cpus). Same threads and seeds, same outputs on every engine. Default: 2.")
    Integer threads;

    @Option(names = "--task-threads", paramLabel = "T", description = "The same as --threads (Spark's name for it).")
    Integer taskThreads;

    public Profile profile() {
        return profile;
    }

    public Path out() {
        return out != null ? out : ResultsLayout.defaultFor(profile).root();
    }

    /**
     * The validated options (throws {@link BadInputException} naming the bad option). The results root must be a
     * folder that can be made and written, not the file system root, and hold runs of this profile only: tables of
     * two profiles in one root would overwrite each other.
     */
    public SweepOptions toOptions() {
        if (threads != null && taskThreads != null && !threads.equals(taskThreads)) {
            throw new BadInputException("--threads " + threads + " and --task-threads " + taskThreads + " name the same "
                    + "setting: give one of them.");
        }
        int t = threads != null ? threads : taskThreads != null ? taskThreads : 2;
        if (dataDir != null && dataDir.toString().isBlank()) {
            throw new BadInputException("--data-dir is empty: name the folder holding mnist/, cifar100/, omniglot/, "
                    + "or leave the option out.");
        }
        SweepOptions options = new SweepOptions(profile, Optional.ofNullable(seeds), rootSeed, t, out(),
                Optional.ofNullable(dataDir), download);
        checkResultsRoot(options.out(), profile);
        int cores = Runtime.getRuntime().availableProcessors();
        if (t > cores) {
            LOG.warn("--threads {} is more than this machine's {} cores: each run will be slower, not faster "
                    + "(outputs depend on the thread count, so keep it where a sweep started)", t, cores);
        }
        return options;
    }

    /** A results root: a folder {@link Inputs#writableFolder} accepts, holding runs of {@code profile} only. */
    static void checkResultsRoot(Path root, Profile profile) {
        Path absolute = Inputs.writableFolder("--out", root).toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            return;
        }
        try (Stream<Path> experiments = Files.list(absolute)) {
            for (Path experiment : experiments.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> stores = Files.list(experiment)) {
                    Optional<Path> other = stores.filter(p -> p.getFileName().toString().startsWith("runs-")
                            && !p.getFileName().toString().equals("runs-" + profile.id())).sorted().findFirst();
                    if (other.isPresent()) {
                        throw new BadInputException("--out " + root + " holds runs of another profile (" + other.get()
                                + "); a results root holds one profile, so that their tables never overwrite each "
                                + "other. Write " + profile.id() + " results elsewhere, e.g. --out "
                                + ResultsLayout.defaultFor(profile).root() + ".");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Converts {@code quick}/{@code paper}. */
    public static final class ProfileConverter implements picocli.CommandLine.ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            try {
                return Profile.parse(value);
            } catch (BadInputException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
