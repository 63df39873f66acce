package emergence.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder replaced as a set: all new, or (after a failure part way, as on a full disk) all old. */
class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderIsReplacedWholeAndItsOldFilesGo() throws IOException {
        Path figures = tmp.resolve("figures");
        AtomicFiles.writeFolder(figures, dir -> {
            Files.writeString(dir.resolve("a.png"), "old a");
            Files.writeString(dir.resolve("gone.png"), "old only");
        });
        AtomicFiles.writeFolder(figures, dir -> Files.writeString(dir.resolve("a.png"), "new a"));
        assertEquals(List.of("a.png"), names(figures));
        assertEquals("new a", Files.readString(figures.resolve("a.png")));
        assertEquals(List.of("figures"), names(tmp), "no temporary folder left");
    }

    @Test
    void aFailurePartWayLeavesThePreviousSetAsItWas() throws IOException {
        Path figures = tmp.resolve("figures");
        AtomicFiles.writeFolder(figures, dir -> {
            Files.writeString(dir.resolve("a.png"), "old a");
            Files.writeString(dir.resolve("b.png"), "old b");
        });
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.writeFolder(figures,
                dir -> {
                    Files.writeString(dir.resolve("a.png"), "new a");
                    throw new IOException("No space left on device");
                }));
        assertEquals("No space left on device", e.getCause().getMessage());
        assertEquals("old a", Files.readString(figures.resolve("a.png")));
        assertEquals("old b", Files.readString(figures.resolve("b.png")));
        assertEquals(List.of("figures"), names(tmp), "no temporary folder left");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
