package emergence.core.tables;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Which of a family's sizes a curve is scored on: every size, every 2nd or 3rd (the largest always kept), or
 * {@value EmergenceTable#SPARSE_SIZES} spread over the family, as a paper with few models would sample it.
 */
public enum Sampling {
    DENSE("dense", "every size"),
    EVERY2("every2", "every 2nd"),
    EVERY3("every3", "every 3rd"),
    SPARSE("sparse", EmergenceTable.SPARSE_SIZES + " sizes");

    private final String id;
    private final String words;

    Sampling(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** Its name in {@code emergence_scores.csv}, e.g. {@code every2}. */
    public String id() {
        return id;
    }

    /** Its name for a reader, e.g. "every 2nd". */
    public String words() {
        return words;
    }

    /** The indices of the sizes it keeps among {@code n}, increasing. */
    public int[] indices(int n) {
        return switch (this) {
            case DENSE -> IntStream.range(0, n).toArray();
            case EVERY2 -> EmergenceTable.everyKth(n, 2);
            case EVERY3 -> EmergenceTable.everyKth(n, 3);
            case SPARSE -> EmergenceTable.sparseIndices(n, EmergenceTable.SPARSE_SIZES);
        };
    }

    /** The sampling of an id, as {@code emergence_scores.csv} writes it. */
    public static Sampling of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown sampling '" + id + "'; known: " + String.join(", ",
                        Arrays.stream(values()).map(Sampling::id).toList())));
    }
}
