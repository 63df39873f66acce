package emergence.common.figures;

import emergence.common.outputs.TempNames;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as {@code base.png} and {@code base.svg}, each under a temporary name and then renamed. */
final class FigureFiles {
    private FigureFiles() {
    }

    static Path save(JFreeChart chart, Path base, int width, int height) {
        try {
            Path dir = base.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path png = base.resolveSibling(base.getFileName() + ".png");
            Path tmpPng = dir.resolve(TempNames.of(".fig.png"));
            ChartUtils.saveChartAsPNG(tmpPng.toFile(), chart, width, height);
            Files.move(tmpPng, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            g.setDefsKeyPrefix("fig");  // fixed ids: re-rendering the same data gives the same file
            chart.draw(g, new Rectangle(0, 0, width, height));
            Path tmpSvg = dir.resolve(TempNames.of(".fig.svg"));
            Files.writeString(tmpSvg, g.getSVGDocument());
            Files.move(tmpSvg, base.resolveSibling(base.getFileName() + ".svg"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write figure " + base, e);
        }
    }
}
