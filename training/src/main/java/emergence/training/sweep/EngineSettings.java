package emergence.training.sweep;

import java.util.Optional;

/**
 * How to train a sweep's runs.
 *
 * @param engine  {@code local}, {@code spark}, or {@code auto}: every core of this machine, the local engine when
 *                the cores are no more than the threads per run, else Spark's embedded {@code local[cores]} with
 *                cores ÷ threads runs at once
 * @param master  where the Spark engine runs its tasks ({@code local[N]}, {@code spark://host:port}, {@code yarn},
 *                {@code k8s://…}); empty: {@code local[cores]}
 * @param threads ND4J threads per run (Spark's {@code spark.task.cpus})
 */
public record EngineSettings(String engine, Optional<String> master, int threads) {
    public static final String AUTO = "auto";
    public static final String SPARK = "spark";
}
