package emergence.report;

/**
 * The paper's §2 model of a model family, computed, not trained: per-token cross-entropy falls as a power law
 * in parameters, CE(N) = (c/N)^α, so the probability of the right token p(N) = exp(−CE(N)) rises smoothly;
 * a task scored on L tokens then gets exact-match accuracy p^L (sharp, "emergent") and expected token edit
 * distance L·ε with ε = 1 − p the per-token error (smooth). (The paper's Appendix A writes L(1−ε) for the
 * edit distance; that is a typo for L·ε.)
 *
 * @param c          scale of the power law, in parameters (&gt; 0)
 * @param alpha      exponent of the power law (&gt; 0)
 * @param vocabulary tokens a position can take (≥ 2), for the Brier score with the wrong mass spread evenly
 */
public record TokenModel(double c, double alpha, int vocabulary) {
    /**
     * Kaplan et al. (2020)'s fit for language models, as the paper uses: c = 8.8e13, α = 0.076. Over 1e8–1e18
     * parameters p only goes 0.059 → 0.61, so p^L rises gently there: a preset, not the default.
     */
    public static final TokenModel KAPLAN = new TokenModel(8.8e13, 0.076, 50_257);
    /**
     * The lab's default, chosen so that the paper's contrast shows over {@link #FROM}–{@link #TO}: p goes 0.047 →
     * 0.953 (CE 3.06 → 0.049 nats), so p^5 sits near 0 for most of the range and then rises within fewer decades than
     * p does, while L(1 − p) falls steadily. Kaplan's vocabulary.
     */
    public static final TokenModel DEFAULT = new TokenModel(5e10, 0.18, 50_257);
    /** The default parameter range of the figures. */
    public static final double FROM = 1e8;
    public static final double TO = 1e18;

    public TokenModel {
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("c must be positive and finite, got " + c);
        }
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be positive and finite, got " + alpha);
        }
        if (vocabulary < 2) {
            throw new IllegalArgumentException("vocabulary must be ≥ 2, got " + vocabulary);
        }
    }

    /** Per-token cross-entropy in nats at N parameters. */
    public double crossEntropy(double n) {
        if (!(n > 0)) {
            throw new IllegalArgumentException("parameters must be positive, got " + n);
        }
        return Math.pow(c / n, alpha);
    }

    /** Probability of the right token. */
    public double tokenAccuracy(double n) {
        return Math.exp(-crossEntropy(n));
    }

    /** All L tokens right: p^L. */
    public double exactMatch(double n, int length) {
        return Math.pow(tokenAccuracy(n), checkLength(length));
    }

    /** Expected number of wrong tokens among L: L·(1 − p). */
    public double editDistance(double n, int length) {
        return checkLength(length) * (1 - tokenAccuracy(n));
    }

    /** Per-token Brier score Σ_k (p_k − 1[k = y])², the wrong mass 1 − p spread evenly over V − 1 tokens. */
    public double brier(double n) {
        double wrong = 1 - tokenAccuracy(n);
        return wrong * wrong * (1 + 1.0 / (vocabulary - 1));
    }

    private static int checkLength(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("sequence length L must be ≥ 1, got " + length);
        }
        return length;
    }
}
