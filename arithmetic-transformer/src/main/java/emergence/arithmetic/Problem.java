package emergence.arithmetic;

/**
 * One addition problem {@code a + b}, both operands in 0..{@value #MAX_OPERAND}.
 *
 * @param a first operand
 * @param b second operand
 */
public record Problem(int a, int b) {
    /** Digits of an operand; sums have at most as many (operands are drawn so). */
    public static final int DIGITS = 5;
    public static final int MAX_OPERAND = 99_999;

    public Problem {
        if (a < 0 || b < 0 || a > MAX_OPERAND || b > MAX_OPERAND) {
            throw new IllegalArgumentException("operands must be in 0.." + MAX_OPERAND + ", got " + a + " and " + b);
        }
    }

    public int sum() {
        return a + b;
    }

    /** Digits of the answer, L (1 for a sum of 0). */
    public int length() {
        return digits(sum());
    }

    /** A key unique to the problem, for sets of problems. */
    public long key() {
        return (long) a * (MAX_OPERAND + 1) + b;
    }

    /** The problem as written, e.g. {@code 123+4567=}. */
    @Override
    public String toString() {
        return a + "+" + b + "=" + sum();
    }

    /** Decimal digits of {@code n ≥ 0} (1 for 0). */
    static int digits(long n) {
        int d = 1;
        while (n >= 10) {
            n /= 10;
            d++;
        }
        return d;
    }
}
