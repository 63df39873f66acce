package emergence.core.sweep;

import java.util.Objects;

/**
 * How a family's training budget was set, and what budget a size added to the family would get: the reader's way to
 * tell whether a conclusion belongs to the metrics or to the budget.
 *
 * @param kind   what stays the same from size to size
 * @param chosen how the budget's values were chosen, with the measurements behind them
 */
public record BudgetRule(Kind kind, String chosen) {
    /** What every size of a family shares. */
    public enum Kind {
        /** The same epochs of one training set: every size sees the same examples, in the same number. */
        SAME_EPOCHS("same epochs for every size", "the same epochs of the same training set (its compute grows "
                + "with its forward cost)"),
        /** The same optimiser steps of the same batch on generated data, each example seen once. */
        SAME_STEPS("same steps for every size", "the same optimiser steps of the same batch size, each generated "
                + "training example seen once (its compute grows with its forward cost)");

        private final String label;
        private final String newSize;

        Kind(String label, String newSize) {
            this.label = label;
            this.newSize = newSize;
        }

        /** In a few words, e.g. for a table's cell. */
        public String label() {
            return label;
        }

        /** What a size added to the family would train with. */
        public String newSize() {
            return newSize;
        }
    }

    public BudgetRule {
        Objects.requireNonNull(kind, "kind");
        if (chosen == null || chosen.isBlank()) {
            throw new IllegalArgumentException("a budget rule says how its budget was chosen");
        }
    }
}
