package emergence.core.sweep;

import emergence.core.outputs.RunStore;

/**
 * One training run of a sweep.
 *
 * @param experiment experiment name
 * @param size       the family member
 * @param sizeIndex  position of the member in the family (0 = smallest)
 * @param replicate  replicate number, 0-based (the {@code seed} column of the tables)
 * @param seed       derived seed of this run
 * @param <C>        the family's size record
 */
public record RunSpec<C extends Record>(String experiment, SizeSpec<C> size, int sizeIndex, int replicate, long seed) {
    /** Directory name of the run, e.g. {@code 03_c4-8-h16_r1}. */
    public String dirName() {
        return RunStore.runName(sizeIndex, size.id(), replicate);
    }
}
