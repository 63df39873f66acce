package emergence.core.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dataset for a test: the verified real copy where the lab finds one ({@code $EMERGENCE_DATA}, {@code ./data}, the
 * download cache), else a small stand-in in the same file format that the test writes itself, verified against its
 * own checksums, so that the tests pass on a bare clone. Which of the two a test got is printed, never silent; an
 * assertion about the real data's contents runs only when {@link #real()}. With {@value #REQUIRED} set to
 * {@code required} (as CI sets it) a missing real copy fails the test instead.
 *
 * @param data the verified folder
 * @param real whether it is the real dataset (else the stand-in)
 */
public record TestDataset(VerifiedDataset data, boolean real) {
    /** Environment variable that, set to {@code required}, turns a missing real dataset into a failure. */
    public static final String REQUIRED = "EMERGENCE_DATA_TESTS";

    /** Writes a stand-in's files, named as the real dataset's, into the folder it is given. */
    @FunctionalInterface
    public interface StandIn {
        void write(Path folder) throws IOException;
    }

    /**
     * The real {@code spec} where it is found, else the stand-in {@code writer} writes under {@code scratch}.
     *
     * @throws DataException when the real copy is missing and {@value #REQUIRED} is {@code required}, or when a real
     *                       copy is found but corrupt
     */
    public static TestDataset find(DatasetSpec spec, Path scratch, StandIn writer) {
        DataLocator locator = DataLocator.forProcess(Optional.empty());
        if (locator.find(spec).isPresent() || isRequired()) {
            return new TestDataset(new DatasetResolver(locator, false, new Downloader()).resolve(spec), true);
        }
        Path folder = scratch.resolve(spec.folder());
        try {
            Files.createDirectories(folder);
            writer.write(folder);
            List<DataFile> pins = new ArrayList<>();
            for (DataFile f : spec.files()) {
                pins.add(new DataFile(f.name(), "SHA-256", Checksums.sha256(folder.resolve(f.name()))));
            }
            System.err.println("TestDataset: no " + spec.folder() + " found (looked in "
                    + String.join(", ", locator.describeSearch()) + "): testing on a stand-in in its format written to "
                    + folder + "; set " + DataLocator.ENV + " to test on the real data");
            DatasetSpec standIn = new DatasetSpec(spec.folder(), pins, Optional.empty());
            return new TestDataset(new DatasetResolver(new DataLocator(Optional.of(scratch), Map.of(),
                    scratch, scratch), false, null).resolve(standIn), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + spec.folder() + " stand-in under " + scratch, e);
        }
    }

    /** Whether the environment demands the real datasets ({@value #REQUIRED}{@code =required}). */
    public static boolean isRequired() {
        return "required".equals(System.getenv(REQUIRED));
    }
}
