package emergence.core.figures;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A heat map of values in [0, 1] over two categorical axes (e.g. threshold c × model size), with a colour
 * legend. Saved as PNG and SVG.
 */
public final class HeatMap {
    private final String title;
    private final String subtitle;
    private final String xLabel;
    private final String yLabel;
    private final List<String> xTicks;
    private final List<String> yTicks;
    private final double[][] values;

    /**
     * @param values {@code values[y][x]} in [0, 1]
     */
    public HeatMap(String title, String subtitle, String xLabel, List<String> xTicks, String yLabel,
                   List<String> yTicks, double[][] values) {
        if (values.length != yTicks.size()) {
            throw new IllegalArgumentException("expected " + yTicks.size() + " rows, got " + values.length);
        }
        for (double[] row : values) {
            if (row.length != xTicks.size()) {
                throw new IllegalArgumentException("expected " + xTicks.size() + " columns, got " + row.length);
            }
        }
        this.title = title;
        this.subtitle = subtitle;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.xTicks = List.copyOf(xTicks);
        this.yTicks = List.copyOf(yTicks);
        this.values = values;
    }

    /** Light yellow (0) to dark blue (1). */
    private static final PaintScale SCALE = new PaintScale() {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public java.awt.Paint getPaint(double v) {
            double t = Math.max(0, Math.min(1, v));
            return new Color((int) (255 - 230 * t), (int) (250 - 180 * t), (int) (200 - 60 * t));
        }
    };

    JFreeChart chart() {
        int nx = xTicks.size();
        int ny = yTicks.size();
        double[][] series = new double[3][nx * ny];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                int i = y * nx + x;
                series[0][i] = x;
                series[1][i] = y;
                series[2][i] = values[y][x];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("values", series);
        SymbolAxis xAxis = new SymbolAxis(xLabel, xTicks.toArray(String[]::new));
        xAxis.setVerticalTickLabels(true);
        SymbolAxis yAxis = new SymbolAxis(yLabel, yTicks.toArray(String[]::new));
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(SCALE);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        NumberAxis legendAxis = new NumberAxis("share of test images");
        legendAxis.setRange(0, 1);
        PaintScaleLegend legend = new PaintScaleLegend(SCALE, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        return chart;
    }

    /** Writes {@code base.png} and {@code base.svg} (each atomically) and returns the PNG path. */
    public Path save(Path base, int width, int height) {
        return FigureFiles.save(chart(), base, width, height);
    }
}
