package emergence.omniglot;

import emergence.core.data.DataException;
import emergence.core.data.DataFile;
import emergence.core.data.DatasetSpec;
import emergence.core.data.LabeledImages;
import emergence.core.data.VerifiedDataset;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;

/**
 * Omniglot (Lake, Salakhutdinov &amp; Tenenbaum 2015): 1,623 handwritten characters from 50 alphabets, each drawn
 * once by 20 drawers, as 105×105 one-bit PNGs inside {@code images_background.zip} (characters 1–964) and
 * {@code images_evaluation.zip} (965–1623), read straight from the zips. An image's class is its character id
 * minus one ({@code <alphabet>/characterNN/<id>_<drawer>.png}), so the first {@code n} classes are a fixed,
 * documented choice. Written by hand: no maintained Java library reads Omniglot; PNGs are decoded by ImageIO.
 */
public final class Omniglot {
    public static final String BACKGROUND = "images_background.zip";
    public static final String EVALUATION = "images_evaluation.zip";
    public static final int CLASSES = 1623;
    public static final int DRAWERS = 20;
    public static final int SOURCE_SIDE = 105;

    /**
     * The verified copies of {@code ../shared/data/omniglot} (re-packed zips, SHA-256), and the original zips as
     * the authors' repository serves them at commit 057f034b (pinned by their git blob ids, the only checksum
     * published for them), which {@code --download} fetches.
     */
    public static final DatasetSpec SPEC = new DatasetSpec("omniglot", List.of(
            new DataFile(BACKGROUND, "03e550856941abf51b2aa1ca31e7c132ac31cc9065ba381f4176456ea69c7e5a"),
            new DataFile(EVALUATION, "77bb770c48b1491a69ba5b8d748f84d3dd7d9cc4a7cbdf770ee113ce0cec7784")),
            Optional.of(URI.create("https://raw.githubusercontent.com/brendenlake/omniglot/"
                    + "057f034baf2ecb8530bc5710e5a23584d2a519cc/python/")), Optional.empty(), List.of(
            new DataFile(BACKGROUND, DataFile.GIT_SHA1, "71fd167eb6fdd312049395fbd247147a4b234231"),
            new DataFile(EVALUATION, DataFile.GIT_SHA1, "8ccde0ed1565641f1fa8c57cdc6ff634e15fc5c1")));

    private static final Pattern ENTRY = Pattern.compile(
            "images_(?:background|evaluation)/[^/]+/character\\d+/(\\d{4})_(\\d{2})\\.png");

    private Omniglot() {
    }

    /**
     * Images of the first {@code classes} characters, all 20 drawers each, ordered by (class, drawer).
     *
     * @param side output side in pixels; strokes are area-averaged into {@code 0..255} (255 = all stroke)
     * @throws DataException when a zip lacks an image, holds a malformed one, or cannot be read
     */
    public static DrawnImages load(VerifiedDataset data, int classes, int side) {
        if (classes < 1 || classes > CLASSES) {
            throw new IllegalArgumentException("classes must be in 1.." + CLASSES + ", got " + classes);
        }
        if (side < 1 || side > SOURCE_SIDE) {
            throw new IllegalArgumentException("side must be in 1.." + SOURCE_SIDE + ", got " + side);
        }
        int count = classes * DRAWERS;
        byte[] pixels = new byte[count * side * side];
        boolean[] seen = new boolean[count];
        AreaAverage resize = new AreaAverage(SOURCE_SIDE, side);
        for (String zip : List.of(BACKGROUND, EVALUATION)) {
            Path file = data.file(zip);
            try (ZipFile z = new ZipFile(file.toFile())) {
                for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    Matcher m = ENTRY.matcher(entry.getName());
                    if (entry.isDirectory() || !m.matches()) {
                        continue;
                    }
                    int label = Integer.parseInt(m.group(1)) - 1;
                    int drawer = Integer.parseInt(m.group(2)) - 1;
                    if (label >= classes) {
                        continue;
                    }
                    if (drawer >= DRAWERS) {
                        throw new DataException(file + "!/" + entry.getName() + ": drawer outside 1.." + DRAWERS
                                + ". Replace the zip with a verified copy.");
                    }
                    int index = label * DRAWERS + drawer;
                    try (InputStream in = z.getInputStream(entry)) {
                        resize.apply(strokes(in, file + "!/" + entry.getName()), pixels, index * side * side);
                    }
                    seen[index] = true;
                }
            } catch (IOException e) {
                throw new DataException("Cannot read " + file + ": " + e.getMessage()
                        + ". Replace it with a verified copy.", e);
            }
        }
        for (int i = 0; i < count; i++) {
            if (!seen[i]) {
                throw new DataException("Omniglot in " + data.folder() + " lacks character " + (i / DRAWERS + 1)
                        + ", drawer " + (i % DRAWERS + 1) + ". Replace the zips with verified copies.");
            }
        }
        int[] labels = new int[count];
        int[] drawers = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i / DRAWERS;
            drawers[i] = i % DRAWERS;
        }
        return new DrawnImages(new LabeledImages(count, 1, side, side, pixels, labels), drawers);
    }

    /** Stroke indicator (1 = ink) of one 105×105 PNG, row-major. */
    private static float[] strokes(InputStream png, String name) throws IOException {
        BufferedImage image = ImageIO.read(png);
        if (image == null || image.getWidth() != SOURCE_SIDE || image.getHeight() != SOURCE_SIDE) {
            throw new DataException(name + " is not a " + SOURCE_SIDE + "x" + SOURCE_SIDE
                    + " PNG. Replace the zip with a verified copy.");
        }
        Raster raster = image.getRaster();
        float[] ink = new float[SOURCE_SIDE * SOURCE_SIDE];
        for (int y = 0; y < SOURCE_SIDE; y++) {
            for (int x = 0; x < SOURCE_SIDE; x++) {
                ink[y * SOURCE_SIDE + x] = raster.getSample(x, y, 0) == 0 ? 1f : 0f;
            }
        }
        return ink;
    }

    /**
     * Omniglot images with the drawer of each.
     *
     * @param images  labels = class (character id − 1)
     * @param drawers drawer 0..19 of each image
     */
    public record DrawnImages(LabeledImages images, int[] drawers) {
        public DrawnImages {
            if (drawers.length != images.count()) {
                throw new IllegalArgumentException("one drawer per image");
            }
        }
    }
}
