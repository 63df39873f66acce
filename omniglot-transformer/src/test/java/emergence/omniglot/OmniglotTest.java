package emergence.omniglot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.data.DataException;
import emergence.core.data.LabeledImages;
import emergence.core.data.VerifiedDataset;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OmniglotTest {
    @TempDir
    Path dir;

    @Test
    void areaAverageIsExactForIntegerAndFractionalRatios() {
        byte[] out = new byte[4];
        new AreaAverage(4, 2).apply(new float[] {1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1}, out, 0);
        assertArrayEquals(new byte[] {(byte) 255, 0, 0, (byte) 191}, out);
        // 3 -> 2: output cell 0 covers source cells 0 and half of 1 (weights 2/3, 1/3).
        byte[] frac = new byte[4];
        new AreaAverage(3, 2).apply(new float[] {1, 0, 0, 1, 0, 0, 1, 0, 0}, frac, 0);
        assertEquals(Math.round(255 * 2.0 / 3), frac[0] & 0xff);
        assertEquals(0, frac[1]);
    }

    @Test
    void readsTheZipsByCharacterIdAndDrawer() {
        VerifiedDataset data = OmniglotStandIn.find(dir.resolve("found")).data();
        Omniglot.DrawnImages drawn = Omniglot.load(data, 3, 28);
        LabeledImages images = drawn.images();
        assertEquals(60, images.count());
        assertEquals(28, images.rows());
        assertEquals(2, images.labels()[45]);
        assertEquals(5, drawn.drawers()[45]);
        // About 8% of Omniglot pixels are ink; area averaging keeps the mean.
        double mean = 0;
        for (byte b : images.pixels()) {
            mean += (b & 0xff) / 255.0;
        }
        mean /= images.pixels().length;
        assertTrue(mean > 0.03 && mean < 0.2, "mean ink " + mean);
    }

    private static byte[] png(boolean ink) throws IOException {
        BufferedImage image = new BufferedImage(105, 105, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < 105; y++) {
            for (int x = 0; x < 105; x++) {
                image.getRaster().setSample(x, y, 0, ink && x < 35 ? 0 : 1);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private VerifiedDataset fake(int drawers) throws IOException {
        Path background = dir.resolve(Omniglot.BACKGROUND);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(background))) {
            for (int d = 1; d <= drawers; d++) {
                zip.putNextEntry(new ZipEntry(String.format("images_background/Test/character01/0001_%02d.png", d)));
                zip.write(png(true));
                zip.closeEntry();
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(Omniglot.EVALUATION));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("images_evaluation/"));
            zip.closeEntry();
        }
        return new VerifiedDataset(Omniglot.SPEC, dir, Map.of());
    }

    @Test
    void inkIsOneThirdForALeftThirdStroke() throws IOException {
        LabeledImages images = Omniglot.load(fake(20), 1, 3).images();
        assertArrayEquals(new byte[] {(byte) 255, 0, 0}, Arrays.copyOf(images.pixels(), 3));
    }

    @Test
    void aMissingDrawingIsRefusedByName() throws IOException {
        VerifiedDataset data = fake(19);
        DataException e = assertThrows(DataException.class, () -> Omniglot.load(data, 1, 28));
        assertTrue(e.getMessage().contains("character 1, drawer 20"), e.getMessage());
    }
}
