package emergence.core.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The wall time of a sweep's tasks on a number of slots (workers × tasks each), simulated as the engines schedule
 * them: longest task first, each to the slot that frees first (Graham's LPT list scheduling; within 4/3 of the best
 * schedule). Written by hand: a dozen lines, and no scheduling library models exactly what the engine does.
 */
public final class Schedule {
    private Schedule() {
    }

    /**
     * @param taskSeconds each task's duration on one slot
     * @param slots       tasks that run at once, ≥ 1
     * @return seconds until the last task ends
     */
    public static double makespan(List<Double> taskSeconds, int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be ≥ 1, got " + slots);
        }
        List<Double> order = new ArrayList<>(taskSeconds);
        order.sort(Comparator.reverseOrder());
        PriorityQueue<Double> freeAt = new PriorityQueue<>();
        for (int i = 0; i < Math.min(slots, order.size()); i++) {  // more slots than tasks: the rest stay idle
            freeAt.add(0.0);
        }
        double end = 0;
        for (double task : order) {
            double done = freeAt.poll() + task;
            end = Math.max(end, done);
            freeAt.add(done);
        }
        return end;
    }
}
