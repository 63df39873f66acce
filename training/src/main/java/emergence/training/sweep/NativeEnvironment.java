package emergence.training.sweep;

import emergence.core.outputs.Provenance;
import java.util.Map;
import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;

/** The environment a manifest records: {@link Provenance#environment()} plus the loaded ND4J backend's facts. */
public final class NativeEnvironment {
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

    /** Pins ND4J's thread pools (its RNG and reductions depend on the thread count). */
    public static void pinThreads(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
    }
}
