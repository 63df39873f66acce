package emergence.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.MetricKey;
import emergence.core.tables.Curve;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurvePlotTest {
    @TempDir
    Path dir;

    static Curve curve(double shift) {
        return new Curve(MetricKey.of("m"), List.of(
                new Curve.Point("a", 100, 0.1 + shift, 0.05 + shift, 0.15 + shift, 3),
                new Curve.Point("b", 10_000, 0.5 + shift, 0.4 + shift, 0.6 + shift, 3),
                new Curve.Point("c", 1_000_000, 0.9 + shift, 0.85 + shift, 0.95 + shift, 3)));
    }

    @Test
    void writesPngAndSvgOfTheRequestedSize() throws IOException {
        Path png = new CurvePlot("title", "y").subtitle("sub").add("one", curve(0)).addDashed("pred", curve(0.02), 0)
                .yRange(0, 1).save(dir.resolve("fig"), 640, 480);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
        String svg = Files.readString(dir.resolve("fig.svg"));
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("width='640") && svg.contains("height='480"), "svg lacks its size");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the PNG and the SVG");
        }
    }

    @Test
    void logScaleDropsNonPositiveValuesInsteadOfFailing() throws IOException {
        Curve withZero = new Curve(MetricKey.of("m"), List.of(new Curve.Point("a", 100, 0, 0, 0, 1),
                new Curve.Point("b", 1000, 0.5, 0.5, 0.5, 1)));
        Path png = new CurvePlot("t", "y").logY().add("z", withZero).save(dir.resolve("log"), 300, 200);
        assertTrue(Files.size(png) > 1000);
    }
}
