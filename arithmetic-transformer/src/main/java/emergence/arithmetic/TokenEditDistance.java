package emergence.arithmetic;

import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Token edit distance, per answer length L: the mean Levenshtein distance between the greedy answer and the answer,
 * over the test problems of length L, counted in digits (the paper's smooth metric for the same outputs that exact
 * match scores).
 */
public final class TokenEditDistance implements Metric<ArithmeticOutputs> {
    public static final String NAME = "token_edit_distance";
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /** Edits (insertions, deletions, substitutions) between two digit sequences. */
    public static int of(int[] answer, int[] greedy) {
        return LEVENSHTEIN.apply(text(answer), text(greedy));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public List<MetricValue> evaluate(ArithmeticOutputs o) {
        List<MetricValue> values = new ArrayList<>();
        for (int l : ArithmeticTransformer.LENGTHS) {
            int[] rows = o.problemsOfLength(l);
            double sum = 0;
            for (int r : rows) {
                sum += of(o.answer(r), o.greedyAnswer(r));
            }
            values.add(new MetricValue(NAME, Integer.toString(l), sum / rows.length));
        }
        return values;
    }

    private static String text(int[] digits) {
        return Arrays.stream(digits).mapToObj(Integer::toString).collect(Collectors.joining());
    }
}
