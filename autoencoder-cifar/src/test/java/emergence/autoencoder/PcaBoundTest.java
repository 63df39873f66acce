package emergence.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The bound against a direct reconstruction through an independent eigendecomposition (Commons Math). */
class PcaBoundTest {
    private static final int D = 6;

    /** Correlated Gaussian rows with very different variances per direction, shifted off zero. */
    private static double[][] rows(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][D];
        for (double[] row : x) {
            double common = rng.nextGaussian();
            for (int j = 0; j < D; j++) {
                row[j] = 3 + (j + 1) * rng.nextGaussian() + 2 * common;
            }
        }
        return x;
    }

    @Test
    void everyRankMatchesTheDirectReconstructionOfTheTestSet() {
        double[][] train = rows(400, 1);
        double[][] test = rows(100, 2);
        double[] mse = PcaBound.testMse(matrix(train), matrix(test));
        assertEquals(D + 1, mse.length);

        RealMatrix x = new Array2DRowRealMatrix(train);
        RealVector mean = new ArrayRealVector(D);
        for (double[] row : train) {
            mean = mean.add(new ArrayRealVector(row).mapDivide(train.length));
        }
        RealMatrix covariance = new Array2DRowRealMatrix(D, D);
        for (int i = 0; i < x.getRowDimension(); i++) {
            RealVector c = x.getRowVector(i).subtract(mean);
            covariance = covariance.add(c.outerProduct(c).scalarMultiply(1.0 / train.length));
        }
        EigenDecomposition eigen = new EigenDecomposition(covariance);  // eigenvalues in descending order
        for (int h = 0; h <= D; h++) {
            double sum = 0;
            for (double[] row : test) {
                RealVector c = new ArrayRealVector(row)
                        .subtract(mean);
                RealVector reconstruction = new ArrayRealVector(D);
                for (int k = 0; k < h; k++) {
                    RealVector v = eigen.getEigenvector(k);
                    reconstruction = reconstruction.add(v.mapMultiply(v.dotProduct(c)));
                }
                sum += c.subtract(reconstruction).dotProduct(c.subtract(reconstruction)) / D;
            }
            assertEquals(sum / test.length, mse[h], 1e-9 * (1 + sum / test.length), "rank " + h);
        }
        for (int h = 1; h <= D; h++) {
            assertTrue(mse[h] < mse[h - 1], "a wider map does better at rank " + h);
        }
        assertEquals(0, mse[D], 1e-9, "full rank reconstructs exactly");
    }

    private static INDArray matrix(double[][] rows) {
        return Nd4j.create(rows);
    }
}
