package emergence.training.sweep;

import emergence.core.outputs.Provenance;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The environment a manifest records: {@link Provenance#environment()} plus the loaded ND4J backend's facts. */
public final class NativeEnvironment {
    private static final Logger LOG = LoggerFactory.getLogger(NativeEnvironment.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private NativeEnvironment() {
    }

    /** Versions, machine and git commit, with the backend class, BLAS vendor and ND4J's thread count. */
    public static Map<String, String> facts() {
        Map<String, String> env = Provenance.environment();
        env.put("backend", Nd4j.getBackend().getClass().getSimpleName());
        Properties info = Nd4j.getExecutioner().getEnvironmentInformation();
        env.put("blas_vendor", String.valueOf(info.getOrDefault("blas.vendor", "unknown")));
        env.put("threads", String.valueOf(Nd4j.getEnvironment().maxThreads()));
        return env;
    }

    /**
     * Pins ND4J's thread pools (its RNG and reductions depend on the thread count). oneDNN's kernels follow
     * {@code OMP_NUM_THREADS} instead, read when the natives load: a different value is warned about, since outputs
     * then differ from runs with the same threads elsewhere (bin/lab and the Spark engine's executors set it).
     */
    public static void pinThreads(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        String omp = System.getenv("OMP_NUM_THREADS");
        if (!Integer.toString(threads).equals(omp) && WARNED.compareAndSet(false, true)) {
            LOG.warn("OMP_NUM_THREADS is {} but runs use {} ND4J threads: oneDNN follows OMP_NUM_THREADS, so these "
                    + "outputs may differ from other runs with {} threads. Export OMP_NUM_THREADS={} (bin/lab does).",
                    omp, threads, threads, threads);
        }
    }
}
