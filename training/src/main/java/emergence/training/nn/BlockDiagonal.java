package emergence.training.nn;

import java.util.Arrays;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The weight of S independent members stacked along the input and output feature axes (member m owns inputs
 * m·in..(m+1)·in−1 and outputs m·out..(m+1)·out−1), for one plain op over all members: a dense [in, out] or a
 * YXIO convolution [kH, kW, in, out] weight becomes block-diagonal in its last two axes. The variable holds every
 * block; a constant 0/1 mask keeps only the members' own. Off-block weights start at 0 and their gradient is
 * masked to 0, so Adam never moves them and each member computes exactly its own layer. SameDiff M2.1 has no
 * grouped convolution ({@code depthwise_conv2d} has no gradient) and its batched matrix product over a permuted
 * member axis was measured up to 2× slower than a plain one, hence this; it spends S× the arithmetic of S
 * separate layers, which small members repay in per-op overhead saved. With one member there is no mask.
 */
public final class BlockDiagonal {
    private BlockDiagonal() {
    }

    /**
     * Adds the weight variable {@code name} (and, for S &gt; 1, its mask {@code name + "Mask"}) and returns the
     * effective weight.
     *
     * @param members each member's weight, all of one shape, features in the last two axes (in, out)
     */
    public static SDVariable weight(SameDiff sd, String name, INDArray... members) {
        if (members.length == 1) {
            return sd.var(name, members[0]);
        }
        long[] shape = members[0].shape();
        int rank = shape.length;
        long in = shape[rank - 2];
        long out = shape[rank - 1];
        int s = members.length;
        long[] stacked = Arrays.copyOf(shape, rank);
        stacked[rank - 2] = s * in;
        stacked[rank - 1] = s * out;
        INDArray w = Nd4j.zeros(DataType.FLOAT, stacked);
        INDArray mask = Nd4j.zeros(DataType.FLOAT, stacked);
        for (int m = 0; m < s; m++) {
            INDArrayIndex[] block = new INDArrayIndex[rank];
            Arrays.fill(block, NDArrayIndex.all());
            block[rank - 2] = NDArrayIndex.interval(m * in, (m + 1) * in);
            block[rank - 1] = NDArrayIndex.interval(m * out, (m + 1) * out);
            w.get(block).assign(members[m]);
            mask.get(block).assign(1);
        }
        return sd.var(name, w).mul(sd.constant(name + "Mask", mask));
    }

    /** Live scalars of a variable: its mask's ones if it is a stacked weight, else all of it. */
    public static long liveParameters(SameDiff sd, String name) {
        String mask = name + "Mask";
        return sd.hasVariable(mask) ? sd.getArrForVarName(mask).sumNumber().longValue()
                : sd.getArrForVarName(name).length();
    }
}
