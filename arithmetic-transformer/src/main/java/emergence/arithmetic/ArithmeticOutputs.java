package emergence.arithmetic;

import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.Column;
import emergence.core.outputs.ExampleOutputs;
import emergence.core.outputs.OutputKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A model's outputs on the test problems: one row per answer digit of every problem, in problem order, then digit
 * order (least significant first). Each row holds the problem ({@code a}, {@code b}, its answer length L), the
 * digit's {@code position} in the answer, the model's greedy answer to the whole problem (its value and its digit
 * count, repeated on every row of the problem), and, under teacher forcing, a classifier entry for the digit
 * ({@link ClassificationOutputs}: {@code index} the problem, {@code label} the true digit, {@code predicted} the most
 * probable token, p(true digit), Σp² over the vocabulary). Enough for every metric without the model.
 */
public record ArithmeticOutputs(int[] position, int[] length, int[] a, int[] b, int[] greedy, int[] greedyLength,
                                ClassificationOutputs tokens) {
    public static final String POSITION = "position";
    public static final String LENGTH = "length";
    public static final String A = "a";
    public static final String B = "b";
    public static final String GREEDY = "greedy";
    public static final String GREEDY_LENGTH = "greedy_length";
    /** Reads the arithmetic columns of a stored table. */
    public static final OutputKind<ArithmeticOutputs> KIND = ArithmeticOutputs::of;

    public ArithmeticOutputs {
        int n = tokens.size();
        if (position.length != n || length.length != n || a.length != n || b.length != n || greedy.length != n
                || greedyLength.length != n) {
            throw new IllegalArgumentException("arithmetic outputs need a position, length, a, b, greedy and "
                    + "greedy_length per answer digit");
        }
    }

    public static ArithmeticOutputs of(ExampleOutputs table) {
        return new ArithmeticOutputs(table.ints(POSITION), table.ints(LENGTH), table.ints(A), table.ints(B),
                table.ints(GREEDY), table.ints(GREEDY_LENGTH), ClassificationOutputs.of(table));
    }

    /** The stored table. */
    public ExampleOutputs table() {
        List<Column> columns = new ArrayList<>(List.of(Column.ints(POSITION, position), Column.ints(LENGTH, length),
                Column.ints(A, a), Column.ints(B, b), Column.ints(GREEDY, greedy),
                Column.ints(GREEDY_LENGTH, greedyLength)));
        columns.addAll(tokens.table().columns());
        return new ExampleOutputs(columns);
    }

    /** The first row of every problem whose answer has {@code l} digits, in problem order. */
    public int[] problemsOfLength(int l) {
        return IntStream.range(0, position.length).filter(r -> position[r] == 0 && length[r] == l).toArray();
    }

    /** The teacher-forced entries of the answer digits of problems of length {@code l}. */
    public ClassificationOutputs tokensOfLength(int l) {
        int[] rows = IntStream.range(0, length.length).filter(r -> length[r] == l).toArray();
        return new ClassificationOutputs(pick(tokens.index(), rows), pick(tokens.label(), rows),
                pick(tokens.predicted(), rows), pick(tokens.pTrue(), rows), pick(tokens.sumP2(), rows));
    }

    /** The true answer of the problem at {@code row}, digits least significant first. */
    public int[] answer(int row) {
        return Tokens.answer((long) a[row] + b[row]);
    }

    /** The greedy answer of the problem at {@code row}, digits least significant first (possibly none). */
    public int[] greedyAnswer(int row) {
        int[] d = new int[greedyLength[row]];
        long v = greedy[row];
        for (int i = 0; i < d.length; i++) {
            d[i] = (int) (v % 10);
            v /= 10;
        }
        return d;
    }

    /** Whether the greedy answer of the problem at {@code row} is its answer, digit for digit. */
    public boolean exactMatch(int row) {
        return greedyLength[row] == length[row] && greedy[row] == a[row] + b[row];
    }

    private static int[] pick(int[] v, int[] rows) {
        return IntStream.of(rows).map(r -> v[r]).toArray();
    }

    private static double[] pick(double[] v, int[] rows) {
        return IntStream.of(rows).mapToDouble(r -> v[r]).toArray();
    }
}
