package emergence.core.outputs;

import java.io.Serializable;
import java.util.Objects;

/**
 * One named column of per-example outputs (serializable: it travels from a training task to the store's writer).
 *
 * @param name    column name in the stored CSV
 * @param integer whether values are integers (indices, labels, predictions) and are stored without decimals
 * @param values  one value per row
 */
public record Column(String name, boolean integer, double[] values) implements Serializable {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column name must be snake_case, got '" + name + "'");
        }
    }

    public static Column ints(String name, int[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return new Column(name, true, d);
    }

    public static Column reals(String name, double[] values) {
        return new Column(name, false, values);
    }
}
