package emergence.core.data;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A publisher's {@code .tar.gz} that holds a dataset's files under other names, accepted in place of the
 * files themselves and read straight from the archive (never unpacked). The archive is pinned as a whole.
 *
 * @param file    the archive's name and pinned checksum
 * @param source  where the publisher serves it, or empty
 * @param members dataset file name → path of the member inside the archive that stands for it (the member
 *                may be stored uncompressed where the file is gzip; readers detect gzip themselves)
 */
public record DataArchive(DataFile file, Optional<URI> source, Map<String, String> members) {
    public DataArchive {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        if (!file.name().endsWith(".tar.gz") && !file.name().endsWith(".tgz")) {
            throw new IllegalArgumentException("archive " + file.name() + " must be a .tar.gz or .tgz");
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("archive " + file.name() + " must name its members");
        }
        members = Map.copyOf(new TreeMap<>(members));
    }

    /** Path inside the archive of the member standing for dataset file {@code name}. */
    public String member(String name) {
        String member = members.get(name);
        if (member == null) {
            throw new IllegalArgumentException("archive " + file.name() + " holds no member for " + name);
        }
        return member;
    }
}
