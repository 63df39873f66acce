package emergence.cli;

import emergence.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The checks every command applies to its paths and numbers, one rule each, so that {@code --out /}, an empty
 * path, a file where a folder belongs, an empty list or an absurd number reads the same in every command: one line
 * naming the option and the fix ({@link BadInputException}, exit 2), before anything is written.
 */
final class Inputs {
    private Inputs() {
    }

    /** A folder the command writes into (made if missing): not empty, not the file system root, not a file. */
    static Path writableFolder(String option, Path folder) {
        if (folder.toString().isBlank()) {
            throw new BadInputException(option + " is empty: name a folder, e.g. " + option + " my-results.");
        }
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new BadInputException(option + " " + folder + " is the file system root: name a folder, e.g. "
                    + option + " my-results.");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new BadInputException(option + " " + folder + " is a file, not a folder: name a folder.");
        }
        Path existing = absolute;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new BadInputException(option + " " + folder + " cannot be written (" + existing + " is not a "
                    + "writable folder): choose another " + option + ".");
        }
        return folder;
    }

    /** A folder the command only reads: not empty, and there. */
    static Path existingFolder(String option, Path folder) {
        if (folder.toString().isBlank()) {
            throw new BadInputException(option + " is empty: name a folder.");
        }
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(option + " " + folder + (Files.exists(folder) ? " is a file, not a folder"
                    : " does not exist") + ": name an existing folder.");
        }
        return folder;
    }

    /** A file the command writes (replaced atomically): not empty, not a folder, in a folder it can write. */
    static Path writableFile(String option, Path file) {
        if (file.toString().isBlank()) {
            throw new BadInputException(option + " is empty: name a file.");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(option + " " + file + " is a folder: name a file in it.");
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        writableFolder(option + "'s folder", parent == null ? Path.of("") : parent);
        return file;
    }

    /** A whole number in {@code min..max}. */
    static int within(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadInputException(option + " must be in " + min + ".." + max + ", got " + value + ".");
        }
        return value;
    }

    /** A comma-separated list given on the command line: at least one entry, none blank. */
    static List<String> entries(String option, List<String> values) {
        if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
            throw new BadInputException(option + " lists " + (values.stream().allMatch(String::isBlank) ? "nothing"
                    : "an empty entry (" + String.join(",", values) + ")") + ": name at least one, separated by "
                    + "commas, or leave the option out.");
        }
        return values;
    }
}
