package emergence.autoencoder;

import emergence.core.experiment.ResolutionStudy;
import emergence.core.figures.CurvePlot;
import emergence.core.figures.FigureSet;
import emergence.core.figures.HeatMap;
import emergence.core.metrics.FittedReconstruction;
import emergence.core.metrics.MeanSquaredError;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.Reconstruction;
import emergence.core.tables.Curve;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CIFAR-100 autoencoder figures: (a) MSE over parameters (log-log), (b) Reconstruction_c for several c,
 * (c) a heat map of Reconstruction_c over (c, width) showing how c moves the apparent emergence point, and
 * (d) Reconstruction at the default c on every size vs on 4 sizes, and (e) measured Reconstruction_c beside
 * its prediction from a log-normal fitted to the per-image errors.
 */
final class AutoencoderFigures implements FigureSet {
    private static final int W = 900;
    private static final int H = 600;

    @Override
    public Map<String, String> captions() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("a_mse", "Mean squared reconstruction error of every width (log-log, band min–max over seeds). "
                + "It falls smoothly as the bottleneck widens. Dashed, where computed (bin/lab analyse): the PCA bound, "
                + "the test MSE of the best linear map of width h.");
        c.put("b_reconstruction", "Reconstruction_c, the share of test images with error below c, on the same "
                + "stored errors: flat at 0, then a rise whose onset depends on c.");
        c.put("c_reconstruction_heatmap", "Reconstruction_c over (c, width): the width where the share first leaves "
                + "0 moves with the threshold, so the \"emergence point\" is a choice of the metric.");
        c.put("d_dense_vs_sparse", "Reconstruction at the default c on every width vs on 4 widths: with few models "
                + "the rise looks like a jump.");
        c.put("e_prediction", "Measured Reconstruction_c (solid) beside the share below c of a log-normal fitted to "
                + "the same per-image errors (dashed): two smooth statistics predict the sharp metric.");
        c.put(ResolutionStudy.FIGURE, "Reconstruction_c at the default c from the first 100, 1,000 and 10,000 test "
                + "images (band: 95% interval). Few test images cannot tell a small share from 0.");
        return c;
    }

    @Override
    public List<Path> render(Summary summary, Path dir) {
        List<Path> files = new ArrayList<>();
        Curve mse = summary.curve(MetricKey.of(MeanSquaredError.NAME));
        CurvePlot msePlot = new CurvePlot("Autoencoders on CIFAR-100: mean squared error (smooth)", "test MSE (log)")
                .subtitle("per-image squared error averaged over the test set; band: min–max over seeds").logY()
                .add("MSE", mse);
        // The bound sits beside the experiment's tables (bin/lab analyse); figures of a partial sweep go without it.
        Map<Integer, Double> bound = PcaBound.read(dir.getParent());
        if (!bound.isEmpty()) {
            msePlot.addDashed("PCA bound (best linear map of width h)", PcaBound.curve(bound, mse), 0);
        }
        files.add(msePlot.save(dir.resolve("a_mse"), W, H));
        CurvePlot thresholds = new CurvePlot("Autoencoders on CIFAR-100: Reconstruction_c (sharp)",
                "share of test images with error < c").subtitle("same stored errors as the MSE figure").yRange(0, 1);
        for (double c : AutoencoderCifar.THRESHOLDS) {
            thresholds.add("c=" + Reconstruction.arg(c), summary.curve(Reconstruction.at(c)));
        }
        files.add(thresholds.save(dir.resolve("b_reconstruction"), W, H));
        files.add(heatMap(summary).save(dir.resolve("c_reconstruction_heatmap"), W, H));
        Curve dense = summary.curve(Reconstruction.at(AutoencoderCifar.DEFAULT_C));
        Curve sparse = dense.select(EmergenceTable.sparseIndices(dense.points().size(), EmergenceTable.SPARSE_SIZES));
        files.add(new CurvePlot("Reconstruction_c at c=" + Reconstruction.arg(AutoencoderCifar.DEFAULT_C)
                + ": every size vs " + EmergenceTable.SPARSE_SIZES + " sizes", "share of test images with error < c")
                .subtitle("with few sizes the rise looks like a sudden jump").yRange(0, 1)
                .add("all " + dense.points().size() + " sizes", dense)
                .add(EmergenceTable.SPARSE_SIZES + " sizes", sparse).save(dir.resolve("d_dense_vs_sparse"), W, H));
        CurvePlot predicted = new CurvePlot("Autoencoders on CIFAR-100: the smooth error distribution predicts "
                + "Reconstruction_c", "share of test images with error < c").subtitle("solid: measured; dashed: "
                + "share below c of a log-normal fitted to the same per-image errors").yRange(0, 1);
        List<Double> shown = List.of(0.01, AutoencoderCifar.DEFAULT_C, 0.1);
        for (int i = 0; i < shown.size(); i++) {
            String c = Reconstruction.arg(shown.get(i));
            predicted.add("c=" + c + " measured", summary.curve(MetricKey.of(Reconstruction.NAME, c)));
            predicted.addDashed("c=" + c + " fitted", summary.curve(MetricKey.of(FittedReconstruction.NAME, c)), 2 * i);
        }
        files.add(predicted.save(dir.resolve("e_prediction"), W, H));
        return files;
    }

    private static HeatMap heatMap(Summary summary) {
        List<String> cs = AutoencoderCifar.THRESHOLDS.stream().map(Reconstruction::arg).toList();
        List<Curve.Point> first = summary.curve(MetricKey.of(Reconstruction.NAME, cs.get(0))).points();
        List<String> widths = first.stream().map(p -> p.size().replaceFirst("^h0*", "")).toList();
        double[][] values = new double[cs.size()][];
        for (int i = 0; i < cs.size(); i++) {
            values[i] = summary.curve(MetricKey.of(Reconstruction.NAME, cs.get(i))).means();
        }
        return new HeatMap("Reconstruction_c over threshold and width", "where the share first leaves 0 moves with c",
                "hidden width h", widths, "threshold c", cs, values);
    }
}
