package emergence.core.outputs;

import emergence.core.io.Processes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The facts about this process that every manifest records and that need no native library: versions of the lab,
 * DL4J/ND4J and Java, the Maven-selected ND4J artifact, the machine, and the git commit. The training module adds
 * the loaded backend, BLAS and threads.
 */
public final class Provenance {
    private static final Properties BUILD = load();

    private Provenance() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("/emergence-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Version of the lab, DL4J/ND4J, the Maven-selected backend artifact and classifier. */
    public static String build(String key) {
        return BUILD.getProperty(key, "unknown");
    }

    /** The Maven-selected ND4J backend artifact and classifier, e.g. {@code nd4j-native:linux-x86_64-onednn-avx2}. */
    public static String nd4jArtifact() {
        return build("nd4j.backend") + ":" + build("nd4j.classifier");
    }

    /** Environment facts for a manifest, without the native backend's (see the training module). */
    public static Map<String, String> environment() {
        Map<String, String> env = new TreeMap<>();
        env.put("lab_version", build("lab.version"));
        env.put("dl4j_version", build("dl4j.version"));
        env.put("nd4j_version", build("dl4j.version"));
        env.put("nd4j_artifact", nd4jArtifact());
        env.put("java_version", System.getProperty("java.version"));
        env.put("java_vendor", System.getProperty("java.vendor"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        env.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        env.put("omp_num_threads", String.valueOf(System.getenv("OMP_NUM_THREADS")));
        env.put("git_commit", gitCommit());
        return env;
    }

    /** {@code git rev-parse HEAD}, with {@code -dirty} when tracked files differ; {@code unknown} outside git. */
    public static String gitCommit() {
        String head = git("rev-parse", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "-dirty";
    }

    private static String git(String... args) {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        try {
            Processes.Result r = Processes.run(cmd, Duration.ofSeconds(10));
            return r.ok() ? r.output() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
