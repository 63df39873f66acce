package emergence.core.outputs;

import java.util.ArrayList;
import java.util.List;

/**
 * The outputs of a sequence classifier: one classifier entry ({@link ClassificationOutputs}) per (test sequence,
 * image position), with the {@code sequence} id and the 0-based {@code position} of the image in it, ordered by
 * sequence, then position. Stored as the columns {@value #SEQUENCE}, {@value #POSITION} and the classifier's.
 */
public record SequenceOutputs(int[] sequence, int[] position, ClassificationOutputs images) {
    public static final String SEQUENCE = "sequence";
    public static final String POSITION = "position";
    /** Reads the sequence columns of a stored table. */
    public static final OutputKind<SequenceOutputs> KIND = SequenceOutputs::of;

    public SequenceOutputs {
        if (sequence.length != images.size() || position.length != images.size()) {
            throw new IllegalArgumentException("sequence outputs need a sequence id and a position per image");
        }
    }

    public static SequenceOutputs of(ExampleOutputs table) {
        return new SequenceOutputs(table.ints(SEQUENCE), table.ints(POSITION), ClassificationOutputs.of(table));
    }

    /**
     * Builds the outputs from class probabilities of {@code sequences × length} image positions.
     *
     * @param imageIds test-set index of the image at each position, row-major {@code sequences × length}
     * @param labels   true label at each position
     * @param probs    row-major {@code positions × classes} probabilities
     */
    public static SequenceOutputs fromProbabilities(int length, int[] imageIds, int[] labels, float[] probs,
                                                    int classes) {
        if (length < 1 || imageIds.length % length != 0) {
            throw new IllegalArgumentException(imageIds.length + " positions are not whole sequences of " + length);
        }
        int[] sequence = new int[imageIds.length];
        int[] position = new int[imageIds.length];
        for (int i = 0; i < imageIds.length; i++) {
            sequence[i] = i / length;
            position[i] = i % length;
        }
        return new SequenceOutputs(sequence, position,
                ClassificationOutputs.fromProbabilities(imageIds, labels, probs, classes));
    }

    /** The stored table. */
    public ExampleOutputs table() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.ints(SEQUENCE, sequence));
        columns.add(Column.ints(POSITION, position));
        columns.addAll(images.columns());
        return new ExampleOutputs(columns);
    }
}
