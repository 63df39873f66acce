package emergence.omniglot;

import emergence.core.data.TestDataset;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * An Omniglot stand-in in the canonical layout (the two zips of the same names, 105×105 1-bit PNGs under
 * {@code images_background/<alphabet>/characterNN/<id>_<drawer>.png}) for tests on a machine without Omniglot:
 * {@value #CHARACTERS} characters × 20 drawers, each character a thick stroke at its own angle and offset, each
 * drawer's copy shifted a little, with about as much ink as Omniglot's drawings.
 */
final class OmniglotStandIn {
    static final int CHARACTERS = 20;

    private OmniglotStandIn() {
    }

    /** Omniglot where the lab finds it, else this stand-in written under {@code scratch}. */
    static TestDataset find(Path scratch) {
        return TestDataset.find(Omniglot.SPEC, scratch, OmniglotStandIn::write);
    }

    static void write(Path folder) throws IOException {
        SplittableRandom rng = new SplittableRandom(1623);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(folder.resolve(Omniglot.BACKGROUND)))) {
            for (int c = 1; c <= CHARACTERS; c++) {
                for (int d = 1; d <= Omniglot.DRAWERS; d++) {
                    zip.putNextEntry(new ZipEntry(String.format("images_background/Stand-in/character%02d/%04d_%02d.png",
                            c, c, d)));
                    ImageIO.write(drawing(c, rng.nextInt(-5, 6), rng.nextInt(-5, 6)), "png", zip);
                    zip.closeEntry();
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(Omniglot.EVALUATION));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("images_evaluation/"));
            zip.closeEntry();
        }
    }

    /** Character {@code c}: a stroke 10 px wide through a point near the centre at c·9°, shifted by (dx, dy). */
    private static BufferedImage drawing(int c, int dx, int dy) {
        int side = Omniglot.SOURCE_SIDE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        double angle = Math.toRadians(9.0 * c);
        double cx = 52 + dx + 10 * Math.cos(3.0 * c);
        double cy = 52 + dy + 10 * Math.sin(3.0 * c);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double distance = Math.abs((x - cx) * Math.sin(angle) - (y - cy) * Math.cos(angle));
                image.getRaster().setSample(x, y, 0, distance < 5 ? 0 : 1);
            }
        }
        return image;
    }
}
