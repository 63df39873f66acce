package emergence.core.outputs;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored outputs of one trained model on its test set: one row per test example (or per sequence
 * position), named columns: the storage format. Metrics read it through an {@link OutputKind}. Serializable, so a
 * training task on another JVM can hand it to the store's single writer.
 */
public final class ExampleOutputs implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final int rows;

    public ExampleOutputs(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("outputs need at least one column");
        }
        this.rows = columns.get(0).values().length;
        for (Column c : columns) {
            if (c.values().length != rows) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.values().length
                        + " rows, expected " + rows);
            }
            if (this.columns.put(c.name(), c) != null) {
                throw new IllegalArgumentException("duplicate column " + c.name());
            }
        }
    }

    public int rows() {
        return rows;
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    /** The values of a column; fails with the list of available columns when absent. */
    public double[] values(String name) {
        Column c = columns.get(name);
        if (c == null) {
            throw new IllegalArgumentException("stored outputs have no column '" + name + "' (columns: "
                    + String.join(",", columns.keySet()) + ")");
        }
        return c.values();
    }

    /** The values of an integer column; fails naming the column when it is absent or not integer. */
    public int[] ints(String name) {
        double[] v = values(name);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (int) v[i];
            if (out[i] != v[i]) {
                throw new IllegalArgumentException("stored outputs column '" + name + "' holds " + v[i] + " at row "
                        + i + ", expected an integer");
            }
        }
        return out;
    }
}
