package emergence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.cli.toy.ToyLogistic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command meets the same table of bad values — a results folder that is the file system root, empty or a
 * file; a list with nothing in it; absurd numbers — and answers each the same way: exit 2, one line naming the
 * option, no stack trace, and nothing written (not in the file system root, not in the working folder, not in the
 * file given as a folder).
 */
class BadInputTableTest {
    /** A path {@link #cases} stands in for a file that already exists; each test makes it. */
    private static final String A_FILE = "<a file>";

    @TempDir
    static Path tmp;

    /** Each command with the arguments it needs to get as far as its options. */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("train", ToyLogistic.NAME, "--profile", "quick"),
            List.of("score", ToyLogistic.NAME, "--profile", "quick"),
            List.of("figures", "--profile", "quick"),
            List.of("reproduce", "--profile", "quick"),
            List.of("plan", ToyLogistic.NAME, "--profile", "quick"),
            List.of("analyse", "autoencoder-cifar", "--profile", "quick"),
            List.of("model"),
            List.of("demo"),
            List.of("migrate"),
            List.of("refine", ToyLogistic.NAME, "--profile", "quick"));

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (List<String> command : COMMANDS) {
            for (String out : List.of("/", "", A_FILE)) {
                cases.add(Arguments.of(with(command, "--out", out), "--out"));
            }
        }
        for (List<String> command : COMMANDS.subList(0, 6)) {
            cases.add(Arguments.of(with(command, "--threads", "0"), "--threads"));
            cases.add(Arguments.of(with(command, "--threads", "100000"), "--threads"));
            cases.add(Arguments.of(with(command, "--seeds", "0"), "--seeds"));
            cases.add(Arguments.of(with(command, "--data-dir", ""), "--data-dir"));
        }
        cases.add(Arguments.of(with(COMMANDS.get(0), "--sizes", ","), "--sizes"));
        cases.add(Arguments.of(with(COMMANDS.get(4), "--workers", "0"), "--workers"));
        cases.add(Arguments.of(with(COMMANDS.get(4), "--workers", ","), "--workers"));
        cases.add(Arguments.of(with(COMMANDS.get(4), "--times-from", "/nonexistent-lab-folder"), "--times-from"));
        cases.add(Arguments.of(with(COMMANDS.get(5), "--only", ","), "--only"));
        cases.add(Arguments.of(with(List.of("model"), "--alpha", "1e308"), "--alpha"));
        cases.add(Arguments.of(with(List.of("model"), "--c", "-1"), "--c"));
        cases.add(Arguments.of(with(List.of("demo"), "--threads", "0"), "--threads"));
        List<String> refine = COMMANDS.get(COMMANDS.size() - 1);
        cases.add(Arguments.of(with(refine, "--gap", "0"), "--gap"));
        cases.add(Arguments.of(with(refine, "--gap", "NaN"), "--gap"));
        cases.add(Arguments.of(with(refine, "--max-seeds", "0"), "--max-seeds"));
        cases.add(Arguments.of(with(refine, "--spread", "2"), "--spread"));
        cases.add(Arguments.of(with(refine, "--threads", "0"), "--threads"));
        List<String> bench = List.of("bench", "lenet-mnist");
        cases.add(Arguments.of(with(bench, "--csv", "/"), "--csv"));
        cases.add(Arguments.of(with(bench, "--csv", ""), "--csv"));
        cases.add(Arguments.of(with(bench, "--threads", "0"), "--threads"));
        cases.add(Arguments.of(with(bench, "--repeats", "0"), "--repeats"));
        cases.add(Arguments.of(with(bench, "--models", ","), "--models"));
        return cases.stream();
    }

    private static List<String> with(List<String> command, String option, String value) {
        List<String> args = new ArrayList<>(command);
        args.add(option + "=" + value);
        return args;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithOneLineAndNothingWritten(List<String> args, String option) throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "kept");
        List<String> given = args.stream().map(a -> a.replace(A_FILE, file.toString())).toList();
        List<String> root = list(Path.of("/"));
        List<String> here = list(Path.of(""));
        List<String> scratch = list(tmp);

        LabRun r = LabRun.of(given.toArray(String[]::new));

        assertEquals(Lab.EXIT_BAD_INPUT, r.code(), r.err());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).contains(option), "names " + option + ": " + errors.get(0));
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals(root, list(Path.of("/")), "nothing written in /");
        assertEquals(here, list(Path.of("")), "nothing written in the working folder");
        assertEquals(scratch, list(tmp), "nothing written beside the file");
        assertEquals("kept", Files.readString(file));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.toAbsolutePath())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
