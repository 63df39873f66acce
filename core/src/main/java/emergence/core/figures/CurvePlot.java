package emergence.core.figures;

import emergence.core.tables.Curve;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A figure of metric curves over model size: parameter count on a log x axis (or, {@link #xLabel named}, whatever
 * the points carry there: steps, training FLOPs), one line per curve with a shaded band from the smallest to the
 * largest seed, optionally dashed. Saved as PNG and SVG.
 */
public final class CurvePlot {
    /** Colour-blind-safe palette (Okabe–Ito, with purple for its pale yellow). */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x7F3C8D),
        new Color(0x999999)};

    private final String title;
    private final String yLabel;
    private String xLabel = "parameters";
    private final List<Entry> entries = new ArrayList<>();
    private boolean logY;
    private double[] yRange;
    private String subtitle;

    /** Markers of the solid curves, one per pass through the palette: no two curves of a figure look alike. */
    private static final Shape[] MARKERS = {new Ellipse2D.Double(-3, -3, 6, 6), new Rectangle2D.Double(-3, -3, 6, 6),
        new Polygon(new int[] {-4, 0, 4}, new int[] {3, -4, 3}, 3), new Polygon(new int[] {0, 4, 0, -4},
            new int[] {-4, 0, 4, 0}, 4)};

    /** The colour of {@link #addReference reference} lines: apart from the palette. */
    private static final Color REFERENCE = new Color(0x444444);

    /**
     * {@code style}: the curve's place among the solid ones, which picks its colour and marker; -1 for a reference
     * line.
     */
    private record Entry(String label, Curve curve, boolean dashed, int style) {
        Color colour() {
            return style < 0 ? REFERENCE : PALETTE[style % PALETTE.length];
        }

        Shape marker() {
            return MARKERS[style / PALETTE.length % MARKERS.length];
        }
    }

    public CurvePlot(String title, String yLabel) {
        this.title = title;
        this.yLabel = yLabel;
    }

    /**
     * Adds a solid curve with the next palette colour; past the palette's colours with the next marker shape too, so
     * that every curve has its own look.
     */
    public CurvePlot add(String label, Curve curve) {
        entries.add(new Entry(label, curve, false, entries.size()));
        return this;
    }

    /** Adds a dashed curve drawn in the colour of the curve at {@code colourOf} (e.g. a prediction). */
    public CurvePlot addDashed(String label, Curve curve, int colourOf) {
        entries.add(new Entry(label, curve, true, entries.get(colourOf).style()));
        return this;
    }

    /** Adds a dashed dark grey line that belongs to no curve (a frontier, a bound). */
    public CurvePlot addReference(String label, Curve curve) {
        entries.add(new Entry(label, curve, true, -1));
        return this;
    }

    /** The x axis's label when the curves' points carry another quantity than parameters (steps, FLOPs). */
    public CurvePlot xLabel(String label) {
        this.xLabel = label;
        return this;
    }

    public CurvePlot logY() {
        this.logY = true;
        return this;
    }

    public CurvePlot yRange(double low, double high) {
        this.yRange = new double[] {low, high};
        return this;
    }

    JFreeChart chart() {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Entry e : entries) {
            YIntervalSeries s = new YIntervalSeries(e.label());
            for (Curve.Point p : e.curve().points()) {
                if (!logY || p.mean() > 0) {
                    s.add(p.params(), p.mean(), logY ? Math.max(p.min(), 1e-12) : p.min(), p.max());
                }
            }
            data.addSeries(s);
        }
        LogAxis x = new LogAxis(xLabel);
        x.setBase(10);
        x.setSmallestValue(1);
        x.setTickUnit(new NumberTickUnit(1));
        ValueAxis y;
        if (logY) {
            LogAxis ly = new LogAxis(yLabel);
            ly.setBase(10);
            ly.setSmallestValue(1e-6);
            double decades = decades(data);
            if (decades < 1.5) {
                // Less than 1.5 decades: a tick per doubling (0.5, 1, 2, 4), written as plain numbers.
                ly.setTickUnit(new NumberTickUnit(Math.log10(2)));
                ly.setNumberFormatOverride(new DecimalFormat("0.###"));
            } else {
                ly.setTickUnit(new NumberTickUnit(1));
            }
            y = ly;
        } else {
            NumberAxis ny = new NumberAxis(yLabel);
            ny.setAutoRangeIncludesZero(false);
            y = ny;
        }
        if (yRange != null) {
            y.setRange(yRange[0], yRange[1]);
        }
        DeviationRenderer r = new DeviationRenderer(true, true);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Color c = e.colour();
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, e.dashed()
                    ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f));
            r.setSeriesShape(i, e.marker());
            r.setSeriesShapesVisible(i, !e.dashed());
        }
        r.setAlpha(0.18f);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(Color.BLACK);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        }
        return chart;
    }

    /** Decades between the smallest positive band value and the largest: how much a log axis must span. */
    private static double decades(YIntervalSeriesCollection data) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                if (data.getStartYValue(s, i) > 0) {
                    low = Math.min(low, data.getStartYValue(s, i));
                }
                high = Math.max(high, data.getEndYValue(s, i));
            }
        }
        return high > 0 && low < high ? Math.log10(high / Math.max(1e-6, low)) : 0;
    }

    /** Writes {@code base.png} and {@code base.svg} (each atomically) and returns the PNG path. */
    public Path save(Path base, int width, int height) {
        return FigureFiles.save(chart(), base, width, height);
    }

    /** Adds a subtitle line under the title. */
    public CurvePlot subtitle(String text) {
        this.subtitle = text;
        return this;
    }
}
