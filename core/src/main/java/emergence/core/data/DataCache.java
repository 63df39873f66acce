package emergence.core.data;

import java.nio.file.Path;

/** Location of the download cache: {@code $XDG_CACHE_HOME/emergence-lab} or {@code ~/.cache/emergence-lab}. */
public final class DataCache {
    private DataCache() {
    }

    public static Path defaultRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("emergence-lab");
    }
}
