package emergence.core.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Reads a dataset file that may or may not be gzip-compressed (detected from its magic bytes, not its name). */
public final class Gzip {
    private static final int BUFFER = 1 << 16;

    private Gzip() {
    }

    /** The stream's content: decompressed when it starts with the gzip signature, else as it is; buffered. */
    public static InputStream decompressedIfNeeded(InputStream stream) throws IOException {
        InputStream raw = new BufferedInputStream(stream, BUFFER);
        byte[] signature = new byte[2];
        raw.mark(signature.length);
        int read = raw.readNBytes(signature, 0, signature.length);
        raw.reset();
        return GzipCompressorInputStream.matches(signature, read)
                ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER) : raw;
    }
}
