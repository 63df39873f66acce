package emergence.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The lab's one way to write a file or a folder: write it under a temporary name beside the target, then rename it
 * into place, so that a reader (or a crash) sees the old version or the new one, never half of one. Temporary
 * names start with a dot and are unique across threads and processes; they are made with the process's default
 * permissions, unlike {@code Files.createTemp*}, which makes them owner-only.
 */
public final class AtomicFiles {
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Pattern TEMP = Pattern.compile("\\.tmp-.*-(\\d+)-\\d+");

    private AtomicFiles() {
    }

    /** Writes into the temporary path it is given (a file, or a folder it creates). */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path tmp) throws IOException;
    }

    /** {@code prefix-<pid>-<n>}: unique within this process and across concurrent processes. */
    public static String tempName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    /**
     * Writes {@code target} (replacing a file already there) from {@code content}, through a temporary sibling
     * whose name starts with {@code .tmp-}; the parent folders are created.
     *
     * @throws UncheckedIOException naming the target when it cannot be written
     */
    public static Path write(Path target, Content content) {
        Path parent = target.toAbsolutePath().getParent();
        Path tmp = parent.resolve(tempName(".tmp-" + target.getFileName()));
        try {
            Files.createDirectories(parent);
            try {
                content.writeTo(tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                deleteTree(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return target;
    }

    /**
     * Replaces the folder {@code target} with the one {@code content} writes into the temporary folder it is given:
     * a failure while writing (a full disk) leaves the old folder whole; otherwise the new one takes its place, the
     * old moved aside under a temporary name and then deleted. Readers see the old set or the new one, never a mix.
     */
    public static Path writeFolder(Path target, Content content) {
        Path parent = target.toAbsolutePath().getParent();
        Path fresh = parent.resolve(tempName(".tmp-" + target.getFileName()));
        Path old = parent.resolve(tempName(".tmp-" + target.getFileName()));
        try {
            Files.createDirectories(parent);
            try {
                Files.createDirectory(fresh);
                content.writeTo(fresh);
                if (Files.exists(target)) {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                if (Files.exists(old) && !Files.exists(target)) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);  // the new set failed to move in
                }
                deleteTree(fresh);
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return target;
    }

    /** Writes a UTF-8 text file atomically. */
    public static Path writeString(Path target, String text) {
        return write(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    /**
     * Removes the temporary files and folders in {@code dir} that a process which no longer runs left behind (killed,
     * or stopped by a full disk): their names carry its PID.
     */
    public static void removeStale(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive)
                        .orElse(false) == Boolean.FALSE) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir, e);
        }
    }

    /** Deletes a file or a folder with everything in it; nothing happens when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
