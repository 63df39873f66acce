package emergence.core.tables;

import emergence.core.metrics.MetricKey;
import java.util.List;

/**
 * A metric over the sizes of a family, aggregated across seeds.
 *
 * @param key    the metric and its argument
 * @param points one point per size, smallest first
 */
public record Curve(MetricKey key, List<Point> points) {
    /**
     * @param size   family member id
     * @param params trainable parameters
     * @param mean   mean over seeds
     * @param min    smallest value over seeds
     * @param max    largest value over seeds
     * @param seeds  number of seeds
     */
    public record Point(String size, long params, double mean, double min, double max, int seeds) {
    }

    public double[] means() {
        return points.stream().mapToDouble(Point::mean).toArray();
    }

    /** The curve restricted to the given point indices (sparse sampling). */
    public Curve select(int[] indices) {
        return new Curve(key, java.util.Arrays.stream(indices).mapToObj(points::get).toList());
    }
}
