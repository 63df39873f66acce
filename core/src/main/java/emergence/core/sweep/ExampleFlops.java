package emergence.core.sweep;

/**
 * The floating-point operations one training example costs a family member, counted from its architecture by the
 * family: the forward pass's multiply-accumulates of matrix products and convolutions (an embedding lookup written as
 * a one-hot product counts as that product; element-wise operations, normalisation, pooling and softmax are left
 * out), two operations each; the backward pass twice the forward (gradients with respect to activations and to
 * weights), the convention of Kaplan et al. 2020 under which training costs about 6 N operations per token.
 *
 * @param forwardMacs multiply-accumulates of one forward pass of one example
 */
public record ExampleFlops(double forwardMacs) {
    public ExampleFlops {
        if (!(forwardMacs > 0) || Double.isInfinite(forwardMacs)) {
            throw new IllegalArgumentException("forward multiply-accumulates must be positive and finite, got "
                    + forwardMacs);
        }
    }

    /** Operations of the forward pass: two per multiply-accumulate. */
    public double forward() {
        return 2 * forwardMacs;
    }

    /** Operations of the backward pass: twice the forward pass's. */
    public double backward() {
        return 2 * forward();
    }

    /** Operations of one training step on one example: forward and backward. */
    public double training() {
        return forward() + backward();
    }
}
