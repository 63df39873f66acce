package emergence.common.metrics;

import emergence.common.outputs.ExampleOutputs;
import emergence.common.outputs.ReconstructionOutputs;
import java.util.List;
import org.apache.commons.math3.special.Erf;

/**
 * Reconstruction_c predicted from two smooth statistics of the same outputs: the per-image errors are fitted
 * with a log-normal (μ, σ = mean and standard deviation of ln error) and the prediction is its share below c,
 * Φ((ln c − μ)/σ) ({@code reconstruction_predicted}, argument c). The autoencoder counterpart of acc^K: the
 * sharp metric follows from the continuous error distribution; its residual to the measured share is reported.
 */
public final class FittedReconstruction implements Metric {
    private final List<Double> thresholds;

    public FittedReconstruction(List<Double> thresholds) {
        this.thresholds = new Reconstruction(thresholds).thresholds();
    }

    @Override
    public String name() {
        return "reconstruction_predicted";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public List<MetricValue> evaluate(ExampleOutputs outputs) {
        double[] e = outputs.values(ReconstructionOutputs.MSE);
        double mu = 0;
        for (double v : e) {
            mu += Math.log(v);
        }
        mu /= e.length;
        double ss = 0;
        for (double v : e) {
            ss += (Math.log(v) - mu) * (Math.log(v) - mu);
        }
        double sigma = Math.sqrt(ss / Math.max(1, e.length - 1));
        double m = mu;
        return thresholds.stream().map(c -> new MetricValue(name(), Reconstruction.arg(c),
                0.5 * Erf.erfc(-(Math.log(c) - m) / (sigma * Math.sqrt(2))))).toList();
    }
}
