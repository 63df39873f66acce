package emergence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Accuracy;
import emergence.core.metrics.MetricKey;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Refinement;
import emergence.core.sweep.ResultsLayout;
import emergence.core.tables.Curve;
import emergence.core.tables.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's prose states no number the committed results do not back. Its generated blocks are checked by
 * {@link ReadmeTablesTest}; every measurement in the rest is computed here from the committed tables and stores and
 * must read as stated, and every other number in the prose is one of the few that measure nothing (versions, years,
 * sections, knob values, hardware), listed here with its words, so that a new or changed prose number fails until
 * it is checked.
 */
class ReadmeNumbersTest {
    private static final ResultsLayout RESULTS = ResultsLayout.COMMITTED;
    private static final Pattern NUMBER = Pattern.compile("(?<!\\p{L})\\d");

    /** Numbers in the prose that measure nothing, with the words around them. */
    private static final List<String> NOT_MEASURED = List.of("Java (17)", "Java 17", "NeurIPS 2023", "§2", "§3", "§5",
            "5-of-5", "K = 10", "L = 5", "CIFAR-100", "w = 1 … 64", "Maven 3.8+", "10% to 90%", "½×", "2×",
            "1.0.0-M2.1", "up to 8.6", "at most 0.1 decade apart", "H100/H200, 9.0", "CUDA 11.6", "about 600 MB",
            "Apache License 2.0");

    @Test
    void everyMeasurementInTheProseIsTheCommittedOne() throws IOException {
        String prose = prose(Files.readString(ReadmeTables.README));
        for (String fact : facts()) {
            assertTrue(prose.contains(fact), "the README should say \"" + fact + "\" (from the committed results)");
        }
    }

    @Test
    void noOtherNumberIsInTheProse() throws IOException {
        String rest = prose(Files.readString(ReadmeTables.README));
        for (String known : facts()) {
            rest = rest.replace(known, "");
        }
        for (String known : NOT_MEASURED) {
            rest = rest.replace(known, "");
        }
        // A digit inside a name (ND4J, Deeplearning4j) is not a number.
        List<String> unchecked = rest.lines().filter(l -> NUMBER.matcher(l).find()).toList();
        assertEquals(List.of(), unchecked, "numbers in the README's prose that no test checks: compute them from the "
                + "committed tables in ReadmeNumbersTest, or generate them in a block");
    }

    /** The statements the prose makes, with their numbers from the committed results. */
    private static List<String> facts() throws IOException {
        Curve lenet = Summary.read(RESULTS.tables("lenet-mnist").summary()).curve(MetricKey.of(Accuracy.NAME));
        List<Curve.Point> sizes = lenet.points();
        int checkpoints = checkpoints("lenet-mnist");
        assertEquals(checkpoints, checkpoints("paper-lenet-mnist"), "one count of checkpoints for the three families");
        assertEquals(checkpoints, checkpoints("arithmetic-transformer"));
        int additionSizes = (int) runs("arithmetic-transformer").stream()
                .map(r -> r.manifest().identity().sizeId()).distinct().count();
        return List.of(
                String.format(Locale.ROOT, "%d sizes from %,d to %,d parameters, %d seeds each", sizes.size(),
                        sizes.get(0).params(), sizes.get(sizes.size() - 1).params(), sizes.get(0).seeds()),
                "stored at " + checkpoints + " checkpoints a run",
                "over the " + checkpoints + " checkpoints of each size",
                "against over the " + additionSizes + " sizes",
                "with " + Refinement.read(RESULTS.root(), "arithmetic-transformer", Profile.PAPER).seeds().values()
                        .stream().mapToInt(n -> n).max().orElse(0) + " seeds at each",
                status("lenet-mnist", "paper-lenet-mnist"), status("autoencoder-cifar"),
                status("omniglot-transformer"), status("arithmetic-transformer"), status("teacher-student"));
    }

    /** A status row's run count: "(N runs)", or "(N runs each)" for families of one module with the same count. */
    private static String status(String... experiments) {
        List<Integer> counts = List.of(experiments).stream().map(e -> runs(e).size()).distinct().toList();
        assertEquals(1, counts.size(), "one count for " + List.of(experiments));
        return "trained (" + counts.get(0) + " runs" + (experiments.length > 1 ? " each)" : ")");
    }

    private static List<RunStore.StoredRun> runs(String experiment) {
        return new RunStore(Profile.PAPER.runsDir(RESULTS.root(), experiment)).list();
    }

    /** The checkpoints every committed run of the experiment stored (the same count in each). */
    private static int checkpoints(String experiment) {
        List<Integer> counts = runs(experiment).stream().map(r -> r.manifest().outcome().checkpoints().size())
                .distinct().toList();
        assertEquals(1, counts.size(), experiment + ": runs with different numbers of checkpoints");
        return counts.get(0);
    }

    /**
     * The README's prose: without its generated blocks, code (indented lines and spans), link targets and comments;
     * lines joined into one paragraph each, so that a statement broken over two lines reads whole.
     */
    static String prose(String readme) {
        String text = readme.replaceAll("(?s)<!-- generated: \\S+ -->.*?<!-- end generated -->", "")
                .replaceAll("(?s)<!--.*?-->", "")
                .lines().filter(l -> !l.startsWith("    ")).collect(Collectors.joining("\n"));
        return text.replaceAll("`[^`]*`", "").replaceAll("\\]\\([^)]*\\)", "]")
                .replaceAll("(?<!\n)\n(?!\n|\\||#)", " ");
    }
}
