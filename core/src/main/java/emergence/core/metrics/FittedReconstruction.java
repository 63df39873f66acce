package emergence.core.metrics;

import emergence.core.outputs.ReconstructionOutputs;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Reconstruction_c predicted from two smooth statistics of the same outputs: the per-image errors are fitted
 * with a log-normal (μ, σ = mean and standard deviation of ln error) and the prediction is its share below c,
 * Φ((ln c − μ)/σ) ({@value #NAME}, argument c). The autoencoder counterpart of acc^K: the sharp metric follows
 * from the continuous error distribution; its residual to the measured share is reported.
 */
public final class FittedReconstruction implements Metric<ReconstructionOutputs> {
    public static final String NAME = "reconstruction_predicted";
    private final List<Double> thresholds;

    public FittedReconstruction(List<Double> thresholds) {
        this.thresholds = Reconstruction.validated(thresholds);
    }

    /**
     * The log-normal fitted to positive errors: the normal distribution of their logarithms.
     *
     * @throws IllegalArgumentException when the errors have no spread (fewer than 2 distinct values)
     */
    public static NormalDistribution fit(double[] errors) {
        double[] logs = Arrays.stream(errors).map(Math::log).toArray();
        double mu = StatUtils.mean(logs);
        double sigma = Math.sqrt(StatUtils.variance(logs, mu));
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("cannot fit a log-normal to " + errors.length + " errors without "
                    + "spread (standard deviation of ln error is " + sigma + ")");
        }
        return new NormalDistribution(null, mu, sigma);
    }

    /** The fitted log-normal's share below {@code c}. */
    public static double of(NormalDistribution fitted, double c) {
        return fitted.cumulativeProbability(Math.log(c));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public List<MetricValue> evaluate(ReconstructionOutputs o) {
        NormalDistribution fitted = fit(o.mse());
        return thresholds.stream().map(c -> new MetricValue(NAME, Reconstruction.arg(c), of(fitted, c))).toList();
    }
}
