package emergence.arithmetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The problems and their format: balanced answer lengths, no test problem trained on, fixed by the seed. */
class ProblemSetsTest {
    private static final ProblemSets SETS = ProblemSets.draw(100, 5000, ArithmeticFamily.PROBLEM_SEED);

    @Test
    void aProblemIsWrittenZeroPaddedWithItsAnswerLeastSignificantDigitFirst() {
        assertEquals("00123+04567=0964$_", Tokens.text(Tokens.of(new Problem(123, 4567))));
        assertEquals("00000+00000=0$____", Tokens.text(Tokens.of(new Problem(0, 0))));
        assertEquals("99999+00000=99999$", Tokens.text(Tokens.of(new Problem(99_999, 0))));
        assertArrayEquals(new int[] {0, 9, 6, 4}, Tokens.answer(4690));
        assertEquals(4690, Tokens.value(Tokens.answer(4690)));
        assertEquals(0, Tokens.value(new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new Problem(100_000, 0));
    }

    @Test
    void everyAnswerLengthHasItsShareOfTestAndTrainingProblems() {
        int[] test = new int[Problem.DIGITS + 1];
        SETS.test().forEach(p -> test[p.length()]++);
        assertArrayEquals(new int[] {0, 11, 100, 100, 100, 100}, test);
        int[] train = new int[Problem.DIGITS + 1];
        SETS.train().forEach(p -> train[p.length()]++);
        for (int l = 1; l <= Problem.DIGITS; l++) {
            assertTrue(Math.abs(train[l] - 1000) < 120, "length " + l + ": " + train[l] + " of 5000");
        }
        assertTrue(SETS.train().stream().allMatch(p -> p.sum() <= Problem.MAX_OPERAND));
    }

    @Test
    void noTestProblemIsTrainedOnAndTestProblemsAreDistinct() {
        Set<Long> test = new HashSet<>();
        SETS.test().forEach(p -> assertTrue(test.add(p.key()), "repeated test problem " + p));
        assertTrue(SETS.train().stream().noneMatch(p -> test.contains(p.key())));
    }

    @Test
    void theProbeIsTheFirstTestProblemsOfEveryLength() {
        List<Problem> probe = SETS.probe(30);
        int[] count = new int[Problem.DIGITS + 1];
        probe.forEach(p -> count[p.length()]++);
        assertArrayEquals(new int[] {0, 11, 30, 30, 30, 30}, count);
        for (int l = 1; l <= Problem.DIGITS; l++) {
            int length = l;
            List<Problem> ofLength = SETS.test().stream().filter(p -> p.length() == length).toList();
            assertEquals(ofLength.subList(0, Math.min(30, ofLength.size())),
                    probe.stream().filter(p -> p.length() == length).toList());
        }
        assertThrows(IllegalArgumentException.class, () -> SETS.probe(0));
    }

    @Test
    void theSeedFixesTheProblems() {
        assertEquals(SETS, ProblemSets.draw(100, 5000, ArithmeticFamily.PROBLEM_SEED));
        assertNotEquals(SETS.test(), ProblemSets.draw(100, 5000, ArithmeticFamily.PROBLEM_SEED + 1).test());
    }
}
