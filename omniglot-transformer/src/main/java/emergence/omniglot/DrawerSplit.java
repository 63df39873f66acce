package emergence.omniglot;

import emergence.core.sweep.Seeds;
import emergence.omniglot.Omniglot;
import java.util.ArrayList;
import java.util.List;

/**
 * The train/test split by drawer: for every class, {@code trainDrawers} of its 20 drawers (chosen by a
 * seeded shuffle per class) train and the others test, so every class is in both splits and no drawing is.
 *
 * @param trainDrawers drawers per class in the training split, 1..19
 * @param seed         seed of the per-class drawer shuffles
 */
public record DrawerSplit(int trainDrawers, long seed) {
    public DrawerSplit {
        if (trainDrawers < 1 || trainDrawers >= Omniglot.DRAWERS) {
            throw new IllegalArgumentException("trainDrawers must be in 1.." + (Omniglot.DRAWERS - 1) + ", got "
                    + trainDrawers);
        }
    }

    /** Whether each image (ordered by class, then drawer, as {@link Omniglot#load} returns them) trains. */
    public boolean[] trains(Omniglot.DrawnImages drawn) {
        int n = drawn.images().count();
        boolean[] train = new boolean[n];
        int classes = n / Omniglot.DRAWERS;
        for (int c = 0; c < classes; c++) {
            int[] order = Seeds.permutation(Omniglot.DRAWERS, seed * 31 + c);
            for (int i = 0; i < trainDrawers; i++) {
                train[c * Omniglot.DRAWERS + order[i]] = true;
            }
        }
        return train;
    }

    /** Indices of the images in one split, ascending. */
    public static int[] indices(boolean[] train, boolean wanted) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < train.length; i++) {
            if (train[i] == wanted) {
                list.add(i);
            }
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
