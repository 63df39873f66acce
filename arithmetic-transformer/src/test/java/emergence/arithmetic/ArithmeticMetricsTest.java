package emergence.arithmetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Accuracy;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.MetricValue;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.tables.Summary;
import emergence.core.tables.SummaryRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metrics on hand-made outputs, one problem of every answer length, and the §2 fit on exact data. */
class ArithmeticMetricsTest {
    private static final Problem[] PROBLEMS = {new Problem(3, 4), new Problem(12, 30), new Problem(50, 50),
        new Problem(1000, 234), new Problem(50_000, 12_345)};

    /**
     * 7 right; 42 answered "2" (stopped a digit early); 100 answered exactly; 1234 answered 1334; 62345 answered
     * 623455 (one digit too many). Teacher forced, digit 1 of 42 and digit 2 of 1234 are wrong.
     */
    static ArithmeticOutputs outputs() {
        int[][] greedy = {{7}, {2}, {0, 0, 1}, {4, 3, 3, 1}, {5, 4, 3, 2, 6, 5}};
        int[][] wrongAt = {{}, {1}, {}, {2}, {}};
        List<int[]> rows = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < PROBLEMS.length; i++) {
            int[] answer = Tokens.answer(PROBLEMS[i].sum());
            for (int j = 0; j < answer.length; j++) {
                boolean wrong = wrongAt[i].length > 0 && wrongAt[i][0] == j;
                rows.add(new int[] {j, answer.length, PROBLEMS[i].a(), PROBLEMS[i].b(), (int) Tokens.value(greedy[i]),
                    greedy[i].length, i, answer[j], wrong ? (answer[j] + 1) % 10 : answer[j]});
                p.add(wrong ? 0.25 : 0.5);
            }
        }
        int n = rows.size();
        int[][] c = new int[9][n];
        double[] pTrue = new double[n];
        double[] sumP2 = new double[n];
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < 9; k++) {
                c[k][r] = rows.get(r)[k];
            }
            pTrue[r] = p.get(r);
            sumP2[r] = 0.5;
        }
        return new ArithmeticOutputs(c[0], c[1], c[2], c[3], c[4], c[5],
                new ClassificationOutputs(c[6], c[7], c[8], pTrue, sumP2));
    }

    private static double value(List<MetricValue> values, String arg) {
        return values.stream().filter(v -> v.arg().equals(arg)).findFirst().orElseThrow().value();
    }

    @Test
    void exactMatchNeedsEveryDigitAndTheRightLength() {
        List<MetricValue> em = new ExactMatch().evaluate(outputs());
        assertEquals(List.of(1.0, 0.0, 1.0, 0.0, 0.0), em.stream().map(MetricValue::value).toList());
        assertEquals(List.of("1", "2", "3", "4", "5"), em.stream().map(MetricValue::arg).toList());
    }

    @Test
    void tokenEditDistanceCountsInsertionsDeletionsAndSubstitutions() {
        List<MetricValue> d = new TokenEditDistance().evaluate(outputs());
        assertEquals(List.of(0.0, 1.0, 0.0, 1.0, 1.0), d.stream().map(MetricValue::value).toList());
        assertEquals(2, TokenEditDistance.of(new int[] {1, 2, 3}, new int[] {3, 2, 1}));
        assertEquals(3, TokenEditDistance.of(new int[] {1, 2, 3}, new int[0]));
    }

    @Test
    void perTokenMetricsAreGivenOverAllDigitsAndPerLength() {
        ArithmeticOutputs o = outputs();
        List<MetricValue> acc = new PerLength(new Accuracy()).evaluate(o);
        assertEquals(13.0 / 15, value(acc, ""), 1e-12);
        assertEquals(0.5, value(acc, "2"), 1e-12);
        assertEquals(0.75, value(acc, "4"), 1e-12);
        assertEquals(1.0, value(acc, "5"), 1e-12);
        List<MetricValue> ce = new PerLength(new CrossEntropy()).evaluate(o);
        assertEquals((Math.log(2) + Math.log(4)) / 2, value(ce, "2"), 1e-9);
        assertEquals(6, new PerLength(new Accuracy()).intervals(o).size());
        List<MetricValue> expected = new ExpectedExactMatch().evaluate(o);
        assertEquals(0.25, value(expected, "2"), 1e-12);
        assertEquals(Math.pow(0.75, 4), value(expected, "4"), 1e-12);
    }

    @Test
    void theStoredTableReadsBackAsTheSameOutputs() {
        ArithmeticOutputs o = outputs();
        ArithmeticOutputs back = ArithmeticOutputs.KIND.read(o.table());
        assertArrayEquals(o.greedy(), back.greedy());
        assertArrayEquals(o.greedyLength(), back.greedyLength());
        assertArrayEquals(o.tokens().pTrue(), back.tokens().pTrue(), 0.0);
        assertArrayEquals(new int[] {5, 4, 3, 2, 6, 5}, back.greedyAnswer(14));
        assertArrayEquals(new int[] {3}, back.problemsOfLength(3));
        assertTrue(back.exactMatch(3));
        assertFalse(back.exactMatch(1));
    }

    @Test
    void theSection2FitRecoversTheConstantsOfExactData() {
        double c = 2e3;
        double alpha = 0.7;
        List<SummaryRow> rows = new ArrayList<>();
        long[] params = {500, 1500, 6000, 40_000};
        for (int i = 0; i < params.length; i++) {
            double ce = Math.pow(c / params[i], alpha);
            rows.add(new SummaryRow(ArithmeticTransformer.NAME, "s" + i, i, params[i], 0, CrossEntropy.NAME, "", ce));
            rows.add(new SummaryRow(ArithmeticTransformer.NAME, "s" + i, i, params[i], 0, Accuracy.NAME, "", 0.9));
            for (int l : ArithmeticTransformer.LENGTHS) {
                rows.add(new SummaryRow(ArithmeticTransformer.NAME, "s" + i, i, params[i], 0, ExactMatch.NAME,
                        Integer.toString(l), Math.exp(-l * ce)));
            }
        }
        Summary summary = new Summary(rows);
        TokenModelFit fit = TokenModelFit.of(summary);
        assertEquals(c, fit.c(), 1e-6 * c);
        assertEquals(alpha, fit.alpha(), 1e-9);
        assertEquals(Math.exp(-5 * Math.pow(c / 1500.0, alpha)), fit.exactMatch(1500, 5), 1e-9);
        String table = fit.residualTable(summary);
        assertTrue(table.contains("α = 0.700") && table.contains("| 0.000 | 0.000 | 0.000 | 0.000 | 0.000 |"),
                table);
        // At 1,500 parameters: CE = (2000/1500)^0.7 = 1.223, exp(−CE) = 0.294 beside the measured accuracy 0.9.
        assertTrue(table.contains("| s1 | 1,500 | 1.223 | 1.223 | 0.294 | 0.900 |"), table);
    }
}
