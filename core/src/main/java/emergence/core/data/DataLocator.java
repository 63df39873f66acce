package emergence.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a dataset's folder. Search order: the explicit {@code --data-dir}, then the environment variable
 * {@value #ENV}, then {@code ./data}, then the download cache. Each root holds one folder per dataset
 * ({@code mnist/}, {@code cifar100/}, …) holding its files or its publisher's archive; a root that is itself the
 * dataset folder is accepted too. An explicit directory is used alone: if it lacks the dataset, that is an error
 * rather than a silent fall-back to another copy.
 */
public final class DataLocator {
    /** Environment variable naming a data root. */
    public static final String ENV = "EMERGENCE_DATA";

    private final Optional<Path> explicit;
    private final Map<String, String> env;
    private final Path workingDir;
    private final Path cacheRoot;

    public DataLocator(Optional<Path> explicit, Map<String, String> env, Path workingDir, Path cacheRoot) {
        this.explicit = explicit;
        this.env = Map.copyOf(env);
        this.workingDir = workingDir;
        this.cacheRoot = cacheRoot;
    }

    /** A locator for this process: its environment, working directory and the default cache. */
    public static DataLocator forProcess(Optional<Path> explicit) {
        return new DataLocator(explicit, System.getenv(), Path.of("").toAbsolutePath(), DataCache.defaultRoot());
    }

    /** The candidate roots, in search order, with where each came from (for messages). */
    public List<String> describeSearch() {
        List<String> lines = new ArrayList<>();
        explicit.ifPresent(p -> lines.add("--data-dir " + p));
        if (explicit.isEmpty()) {
            Optional.ofNullable(env.get(ENV)).filter(s -> !s.isBlank()).ifPresent(v -> lines.add(ENV + "=" + v));
            lines.add(workingDir.resolve("data").normalize().toString());
            lines.add(cacheRoot + " (download cache)");
        }
        return lines;
    }

    private List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        if (explicit.isPresent()) {
            roots.add(explicit.get());
            return roots;
        }
        Optional.ofNullable(env.get(ENV)).filter(s -> !s.isBlank()).map(Path::of).ifPresent(roots::add);
        roots.add(workingDir.resolve("data").normalize());
        roots.add(cacheRoot);
        return roots;
    }

    /** The first folder in search order that holds the dataset's first file or its archive, if any. */
    public Optional<Path> find(DatasetSpec spec) {
        List<String> probes = new ArrayList<>();
        probes.add(spec.files().get(0).name());
        spec.archive().ifPresent(a -> probes.add(a.file().name()));
        for (Path root : roots()) {
            for (Path dir : List.of(root.resolve(spec.folder()), root)) {
                if (probes.stream().anyMatch(name -> Files.isRegularFile(dir.resolve(name)))) {
                    return Optional.of(dir);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a data root named by {@value #ENV} that is not a folder: a typo there would otherwise fall back to
     * another copy without a word.
     */
    public void checkEnvironment() {
        if (explicit.isPresent()) {
            return;
        }
        Optional.ofNullable(env.get(ENV)).filter(s -> !s.isBlank()).ifPresent(v -> {
            if (!Files.isDirectory(Path.of(v))) {
                throw new DataException(ENV + "=" + v + " is not a folder. Fix it (a folder holding mnist/, "
                        + "cifar100/, omniglot/), or unset it to use ./data or the download cache.");
            }
        });
    }

    /** Where a download of this dataset goes. */
    public Path cacheFolder(DatasetSpec spec) {
        return cacheRoot.resolve(spec.folder());
    }

    /** Whether an explicit directory was given (it then wins over everything else). */
    public boolean hasExplicit() {
        return explicit.isPresent();
    }
}
