package emergence.arithmetic;

/**
 * The character-level format the family reads and writes: {@code aaaaa+bbbbb=} with both operands zero-padded
 * to {@value Problem#DIGITS} digits (so every answer starts at the same position), then the answer written least
 * significant digit first (the order in which a carry is computed, which small transformers learn far sooner than
 * the usual order), then an end token, then padding: {@code 00123+04567=0964$__…} is 123 + 4567 = 4690.
 */
public final class Tokens {
    public static final int PLUS = 10;
    public static final int EQUALS = 11;
    public static final int END = 12;
    public static final int PAD = 13;
    public static final int VOCABULARY = 14;
    /** Tokens of a problem up to and including {@code =}. */
    public static final int PROMPT = 2 * Problem.DIGITS + 2;
    /** Answer tokens the model may write: every answer digit and the end token. */
    public static final int ANSWER = Problem.DIGITS + 1;
    /** Positions the model reads: the prompt and all but the last answer token (it predicts the next token at each). */
    public static final int CONTEXT = PROMPT + ANSWER - 1;
    /** The position whose output is the first answer token. */
    public static final int FIRST_ANSWER = PROMPT - 1;

    private Tokens() {
    }

    /** The whole sequence of a problem, {@value #PROMPT} + {@value #ANSWER} tokens. */
    public static int[] of(Problem p) {
        int[] t = new int[PROMPT + ANSWER];
        writeOperand(t, 0, p.a());
        t[Problem.DIGITS] = PLUS;
        writeOperand(t, Problem.DIGITS + 1, p.b());
        t[PROMPT - 1] = EQUALS;
        int[] answer = answer(p.sum());
        System.arraycopy(answer, 0, t, PROMPT, answer.length);
        t[PROMPT + answer.length] = END;
        for (int i = PROMPT + answer.length + 1; i < t.length; i++) {
            t[i] = PAD;
        }
        return t;
    }

    /** The answer digits of {@code n}, least significant first: 4690 → [0, 9, 6, 4]. */
    public static int[] answer(long n) {
        int[] d = new int[Problem.digits(n)];
        for (int i = 0; i < d.length; i++) {
            d[i] = (int) (n % 10);
            n /= 10;
        }
        return d;
    }

    /** The number written by digits least significant first ([0, 9, 6, 4] → 4690); 0 for none. */
    public static long value(int[] digits) {
        long v = 0;
        for (int i = digits.length - 1; i >= 0; i--) {
            v = 10 * v + digits[i];
        }
        return v;
    }

    /** The characters of tokens, e.g. {@code 00123+04567=0964$}. */
    public static String text(int[] tokens) {
        StringBuilder s = new StringBuilder();
        for (int t : tokens) {
            s.append("0123456789+=$_".charAt(t));
        }
        return s.toString();
    }

    private static void writeOperand(int[] t, int from, int operand) {
        for (int i = Problem.DIGITS - 1; i >= 0; i--) {
            t[from + i] = operand % 10;
            operand /= 10;
        }
    }
}
