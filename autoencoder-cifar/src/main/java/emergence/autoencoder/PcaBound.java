package emergence.autoencoder;

import emergence.core.data.LabeledImages;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Analysis;
import emergence.core.metrics.MetricKey;
import emergence.core.tables.Curve;
import emergence.core.tables.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The best any autoencoder of width h can do with linear maps: the test MSE of the rank-h PCA reconstruction
 * x̂ = μ + V_h V_hᵀ (x − μ) (Eckart–Young; μ and V_h from the covariance of the standardised training set, exact, in
 * double precision), for every width of the family. With the test set's second moment S about μ, the mean per-pixel
 * error is (tr S − Σ_{i≤h} v_iᵀ S v_i) / 3072, so one eigendecomposition gives every width. Written as
 * {@value #FILE} ({@value #HEADER}) by {@code bin/lab analyse}.
 */
final class PcaBound implements Analysis {
    static final String FILE = "pca_bound.csv";
    static final String HEADER = "h,test_mse";
    private static final int CHUNK = 5000;

    @Override
    public String file() {
        return FILE;
    }

    @Override
    public String description() {
        return "test MSE of the best rank-h linear reconstruction (PCA of the standardised training set)";
    }

    @Override
    public void write(VerifiedDataset data, Path target) {
        LabeledImages train = Cifar100.load(data, true);
        CifarTensors.Standardization z = CifarTensors.Standardization.of(train);
        double[] mse = testMse(CifarTensors.of(train, z).features(),
                CifarTensors.of(Cifar100.load(data, false), z).features());
        Tables.writeCsv(target, HEADER.split(","), printer -> {
            for (int h : AutoencoderFamily.WIDTHS) {
                printer.printRecord(h, Tables.format(mse[h]));
            }
        });
    }

    /**
     * Test MSE (mean over images and pixels) of the best rank-h affine reconstruction, h = 0 … d.
     *
     * @param train training images [n, d]
     * @param test  test images [m, d]
     */
    static double[] testMse(INDArray train, INDArray test) {
        int d = (int) train.size(1);
        INDArray mean = train.castTo(DataType.DOUBLE).mean(0);
        INDArray covariance = secondMoment(train, mean);
        INDArray testMoment = secondMoment(test, mean);
        // LAPACK syev: the eigenvalues come back ascending, and the matrix is overwritten with the eigenvectors, one
        // per column (tested against the definition on a small matrix).
        INDArray values = Eigen.symmetricGeneralizedEigenvalues(covariance, true);
        INDArray vectors = covariance;
        double[] captured = testMoment.mmul(vectors).muli(vectors).sum(0).toDoubleVector();
        double[] eigen = values.toDoubleVector();
        int[] byVariance = IntStream.range(0, d).boxed().sorted(Comparator.comparingDouble(i -> -eigen[i]))
                .mapToInt(Integer::intValue).toArray();
        double[] mse = new double[d + 1];
        mse[0] = Nd4j.diag(testMoment).sumNumber().doubleValue() / d;
        for (int h = 1; h <= d; h++) {
            mse[h] = mse[h - 1] - captured[byVariance[h - 1]] / d;
        }
        return mse;
    }

    /** (1/n) Σ (x − μ)(x − μ)ᵀ over the rows of {@code x}, accumulated in double over chunks of rows. */
    private static INDArray secondMoment(INDArray x, INDArray mean) {
        long n = x.size(0);
        INDArray sum = Nd4j.zeros(DataType.DOUBLE, x.size(1), x.size(1));
        for (long from = 0; from < n; from += CHUNK) {
            INDArray chunk = x.get(NDArrayIndex.interval(from, Math.min(n, from + CHUNK)), NDArrayIndex.all())
                    .castTo(DataType.DOUBLE).subiRowVector(mean);
            sum.addi(chunk.transpose().mmul(chunk));
        }
        return sum.divi(n);
    }

    /** Width from a size id such as {@code h0064}. */
    static int width(String sizeId) {
        return Integer.parseInt(sizeId.substring(1));
    }

    /** The bound as a curve over the sizes of {@code like} that it covers (one value per size, no seeds). */
    static Curve curve(Map<Integer, Double> bound, Curve like) {
        return new Curve(MetricKey.of("pca_bound"), like.points().stream()
                .filter(p -> bound.containsKey(width(p.size())))
                .map(p -> {
                    double v = bound.get(width(p.size()));
                    return new Curve.Point(p.size(), p.params(), v, v, v, 1);
                }).toList());
    }

    /** The committed bound by width, or empty when {@code dir} has none. */
    static Map<Integer, Double> read(Path dir) {
        Map<Integer, Double> bound = new LinkedHashMap<>();
        Path file = dir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            Tables.readCsv(file, HEADER, r -> bound.put(Integer.parseInt(r.get("h")),
                    Double.parseDouble(r.get("test_mse"))));
        }
        return bound;
    }
}
