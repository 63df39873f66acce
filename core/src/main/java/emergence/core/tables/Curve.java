package emergence.core.tables;

import java.util.List;

/**
 * A metric over the sizes of a family, aggregated across seeds.
 *
 * @param metric    metric name
 * @param metricArg metric argument or empty
 * @param points    one point per size, smallest first
 */
public record Curve(String metric, String metricArg, List<Point> points) {
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
        return new Curve(metric, metricArg, java.util.Arrays.stream(indices).mapToObj(points::get).toList());
    }
}
