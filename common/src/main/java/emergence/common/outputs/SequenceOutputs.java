package emergence.common.outputs;

import java.util.ArrayList;
import java.util.List;

/**
 * The stored-output schema of a sequence classifier: the classifier columns ({@link ClassificationOutputs}),
 * one row per (test sequence, image position), plus {@code sequence} (the test sequence's id) and
 * {@code position} (0-based place of the image in its sequence). Rows are ordered by sequence, then position.
 */
public final class SequenceOutputs {
    public static final String SEQUENCE = "sequence";
    public static final String POSITION = "position";

    private SequenceOutputs() {
    }

    /**
     * Builds the table from class probabilities of {@code sequences × length} image positions.
     *
     * @param imageIds test-set index of the image at each position, row-major {@code sequences × length}
     * @param labels   true label at each position
     * @param probs    row-major {@code positions × classes} probabilities
     */
    public static ExampleOutputs fromProbabilities(int length, int[] imageIds, int[] labels, float[] probs,
                                                   int classes) {
        if (length < 1 || imageIds.length % length != 0) {
            throw new IllegalArgumentException(imageIds.length + " positions are not whole sequences of " + length);
        }
        ExampleOutputs base = ClassificationOutputs.fromProbabilities(imageIds, labels, probs, classes);
        int[] sequence = new int[imageIds.length];
        int[] position = new int[imageIds.length];
        for (int i = 0; i < imageIds.length; i++) {
            sequence[i] = i / length;
            position[i] = i % length;
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.ints(SEQUENCE, sequence));
        columns.add(Column.ints(POSITION, position));
        columns.addAll(base.columns());
        return new ExampleOutputs(columns);
    }
}
