package emergence.core.figures;

import emergence.core.io.AtomicFiles;
import java.awt.Rectangle;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart as {@code base.png} and {@code base.svg}, each under a temporary name and then renamed. PNGs are
 * encoded in memory ({@link ImageIO#setUseCache} off): ImageIO's file cache registers its streams with a shutdown
 * thread that failed with a stack trace of its own after a full disk.
 */
final class FigureFiles {
    static {
        ImageIO.setUseCache(false);
    }

    private FigureFiles() {
    }

    static Path save(JFreeChart chart, Path base, int width, int height) {
        Path png = base.resolveSibling(base.getFileName() + ".png");
        AtomicFiles.write(png, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ChartUtils.writeChartAsPNG(out, chart, width, height);
            }
        });
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix("fig");  // fixed ids: re-rendering the same data gives the same file
        chart.draw(g, new Rectangle(0, 0, width, height));
        AtomicFiles.writeString(base.resolveSibling(base.getFileName() + ".svg"), g.getSVGDocument());
        return png;
    }
}
