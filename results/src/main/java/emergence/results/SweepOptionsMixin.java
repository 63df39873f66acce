package emergence.results;

import emergence.core.sweep.Profile;
import emergence.core.sweep.SweepOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every sweep command shares ({@code --profile}, {@code --data-dir}, {@code --out}, …). */
public final class SweepOptionsMixin {
    /** Default results root of the paper profile (committed reference results). */
    public static final Path PAPER_OUT = Path.of("results");
    /** Default results root of the quick profile (build output, never committed). */
    public static final Path QUICK_OUT = Path.of("target", "quick-results");

    @Option(names = "--profile", defaultValue = "paper", converter = ProfileConverter.class,
            description = "quick (minutes) or paper (the full sweep). Default: ${DEFAULT-VALUE}.")
    Profile profile;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data root holding mnist/, cifar100/ (wins over $EMERGENCE_DATA, ./data, "
                    + "../shared/data, the cache).")
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

    @Option(names = "--threads", paramLabel = "T", description = "ND4J threads, pinned and recorded. Default: 2.")
    int threads = 2;

    public Profile profile() {
        return profile;
    }

    public Path out() {
        return out != null ? out : profile == Profile.PAPER ? PAPER_OUT : QUICK_OUT;
    }

    /** The validated options (throws IllegalArgumentException naming the bad option). */
    public SweepOptions toOptions() {
        return new SweepOptions(profile, Optional.ofNullable(seeds), rootSeed, threads, out(),
                Optional.ofNullable(dataDir), download);
    }

    /** Converts {@code quick}/{@code paper}. */
    public static final class ProfileConverter implements picocli.CommandLine.ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            return Profile.parse(value);
        }
    }
}
