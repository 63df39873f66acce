package emergence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.cli.toy.ToyLogistic;
import emergence.core.outputs.Provenance;
import emergence.core.sweep.ResultsLayout;
import emergence.lenet.Mnist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The command line as a user meets it: the quick pipeline end to end (on the toy experiment: no dataset to find),
 * and refusals of bad input.
 */
class LabCommandTest {

    @TempDir
    Path tmp;

    @Test
    void quickProfileTrainsScoresAndRendersFromOneCommand() throws IOException {
        Path data = tmp.resolve("data");
        ToyLogistic.writeDataset(data);
        Path out = tmp.resolve("out");
        String[] train = {"train", ToyLogistic.NAME, "--profile", "quick", "--engine", "local", "--data-dir",
                data.toString(), "--out", out.toString()};
        LabRun r = LabRun.of(train);
        assertEquals(0, r.code(), r.err());
        Path dir = out.resolve(ToyLogistic.NAME);
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals("experiment,size,params,seed,metric,metric_arg,value", summary.get(0));
        // 4 sizes × 1 seed × (accuracy, cross-entropy + 2 metrics × 3 K) = 4 × 8 rows
        assertEquals(1 + 4 * 8, summary.size());
        assertTrue(Files.readString(dir.resolve("emergence_scores.csv"))
                .contains(ToyLogistic.NAME + ",subset_accuracy,5,sparse,"));
        for (String fig : List.of("a_toy", "f_resolution")) {
            assertTrue(Files.size(dir.resolve("figures").resolve(fig + ".png")) > 10_000, fig);
            assertTrue(Files.size(dir.resolve("figures").resolve(fig + ".svg")) > 10_000, fig);
        }
        // Re-running trains nothing and reproduces the same table.
        String before = Files.readString(dir.resolve("summary.csv"));
        LabRun again = LabRun.of(train);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("all 4 runs stored"), again.err());
        assertEquals(before, Files.readString(dir.resolve("summary.csv")));
        reportCoversTheStoredExperiment(out);
    }

    /** {@code figures} builds the report: well-formed, every image it references exists. */
    private void reportCoversTheStoredExperiment(Path out) throws IOException {
        assertEquals(0, LabRun.of("figures", "--profile", "quick", "--out", out.toString()).code());
        assertTrue(Files.readString(out.resolve(ToyLogistic.NAME).resolve("resolution.csv"))
                .startsWith("experiment,size,params,test_examples,trials,all_right,estimate,low,high"));
        Path html = out.resolve("report").resolve("index.html");
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("report/index.html is not well-formed: " + e.getMessage(), e);
        }
        NodeList images = doc.getElementsByTagName("img");
        assertTrue(images.getLength() >= 2, "images: " + images.getLength());
        for (int i = 0; i < images.getLength(); i++) {
            String src = ((Element) images.item(i)).getAttribute("src");
            assertTrue(Files.isRegularFile(html.getParent().resolve(src)), "missing image " + src);
        }
        String md = Files.readString(out.resolve("REPORT.md"));
        Matcher m = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(md);
        int count = 0;
        while (m.find()) {
            assertTrue(Files.isRegularFile(out.resolve(m.group(1))), "missing image " + m.group(1));
            count++;
        }
        assertEquals(images.getLength(), count);
        assertTrue(Files.readString(out.resolve("emergence_scores.csv")).contains(ToyLogistic.NAME
                + ",accuracy,,every2,"));
    }

    @Test
    void corruptMnistIsRefusedBeforeAnythingIsWritten() throws IOException {
        // Files of MNIST's names whose bytes are not the pinned ones: any change of one byte reads like this.
        Path data = tmp.resolve("data").resolve("mnist");
        Files.createDirectories(data);
        for (var f : Mnist.SPEC.files()) {
            Files.writeString(data.resolve(f.name()), "not " + f.name());
        }
        Path out = tmp.resolve("out");
        LabRun r = LabRun.of("train", "lenet-mnist", "--profile", "quick", "--engine", "local", "--data-dir",
                data.getParent().toString(), "--out", out.toString());
        assertEquals(Lab.EXIT_BAD_INPUT, r.code());
        assertTrue(r.err().contains(Mnist.TRAIN_IMAGES), r.err());
        assertTrue(r.err().contains(Mnist.SPEC.file(Mnist.TRAIN_IMAGES).digest()), "expected checksum: " + r.err());
        assertTrue(r.err().contains("SHA-256 is "), r.err());
        assertFalse(Files.exists(out), "nothing may be written");
        assertFalse(r.err().contains("\tat "), "one clear message, no stack trace: " + r.err());
    }

    @Test
    void demoFromTheCommittedResultsWritesTheExplorerAndPrintsTheWalkthrough() throws IOException {
        Path out = tmp.resolve("demo");
        LabRun r = LabRun.of("demo", "--stored", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("explorer: " + new ResultsLayout(out).explorer().toUri())
                && r.out().contains("Things to try:") && r.out().contains("  5. "), r.out());
        String data = Files.readString(new ResultsLayout(out).explorerData());
        for (String name : List.of("lenet-mnist", "paper-lenet-mnist", "autoencoder-cifar", "omniglot-transformer",
                "arithmetic-transformer", "teacher-student")) {
            assertTrue(data.contains("\"name\":\"" + name + "\""), name);
        }
        assertTrue(Files.isRegularFile(out.resolve("report/vendor/uPlot.iife.min.js"))
                && Files.isRegularFile(out.resolve("report/vendor/uPlot.LICENSE.txt")));
        LabRun root = LabRun.of("demo", "--stored", "--out", "/");
        assertEquals(Lab.EXIT_BAD_INPUT, root.code(), root.err());
    }

    @Test
    void everyCommandPrintsItsOptionsOnHelpAndTheVersionComesFromTheBuild() {
        for (String command : new picocli.CommandLine(new Lab()).getSubcommands().keySet()) {
            LabRun r = LabRun.of(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: lab " + command) && r.out().contains("--help"), r.out());
        }
        LabRun version = LabRun.of("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("emergence-lab " + Provenance.build("lab.version") + " "), version.out());
    }

    @Test
    void figuresWithoutStoredRunsNameWhatIsMissing() {
        LabRun r = LabRun.of("figures", "lenet-mnist", "--out", tmp.resolve("empty").toString());
        assertEquals(Lab.EXIT_BAD_INPUT, r.code());
        assertTrue(r.err().contains("No stored runs") && r.err().contains("bin/lab train lenet-mnist"), r.err());
        LabRun any = LabRun.of("figures", "--out", tmp.resolve("empty").toString());
        assertEquals(Lab.EXIT_BAD_INPUT, any.code());
        assertTrue(any.err().contains("No complete paper sweep of any experiment"), any.err());
    }

    @Test
    void analyseKeepsATableThatIsThereAndRefusesAnExperimentWithoutAnalyses() throws IOException {
        LabRun none = LabRun.of("analyse", "lenet-mnist", "--out", tmp.toString());
        assertEquals(Lab.EXIT_BAD_INPUT, none.code());
        assertTrue(none.err().contains("lenet-mnist has no analyses; experiments with some: autoencoder-cifar"),
                none.err());
        Path bound = tmp.resolve("kept").resolve("autoencoder-cifar").resolve("pca_bound.csv");
        Files.createDirectories(bound.getParent());
        Files.writeString(bound, "h,test_mse\n1,0.5\n");
        // Only the bound: the convergence study (an hour of training) is not there and is not started.
        LabRun kept = LabRun.of("analyse", "autoencoder-cifar", "--only", "pca_bound.csv", "--out",
                tmp.resolve("kept").toString());
        assertEquals(0, kept.code(), kept.err());
        assertEquals("h,test_mse\n1,0.5\n", Files.readString(bound), "kept as it was, without reading the data");
        assertTrue(Files.notExists(bound.resolveSibling("convergence.csv")));

        LabRun unknown = LabRun.of("analyse", "autoencoder-cifar", "--only", "pca.csv", "--out",
                tmp.resolve("kept").toString());
        assertEquals(Lab.EXIT_BAD_INPUT, unknown.code());
        assertTrue(unknown.err().contains("--only pca.csv: no such table; the chosen experiments' tables are "
                + "pca_bound.csv, convergence.csv"), unknown.err());
    }

    @Test
    void benchRefusesACaseTheExperimentDoesNotHave() {
        LabRun r = LabRun.of("bench", "lenet-mnist", "--models", "sweep,c9-9-h9", "--csv",
                tmp.resolve("bench.csv").toString());
        assertEquals(Lab.EXIT_BAD_INPUT, r.code());
        assertTrue(r.err().contains("has no case [c9-9-h9]; its cases are c1-1-h1, c6-12-h24, c16-48-h512, sweep"),
                r.err());
        assertTrue(!Files.exists(tmp.resolve("bench.csv")), "nothing written");
    }

    @Test
    void badArgumentsGetOneMessageAndExitCodeTwo() {
        LabRun seeds = LabRun.of("train", "lenet-mnist", "--seeds", "0", "--out", tmp.toString());
        assertEquals(Lab.EXIT_BAD_INPUT, seeds.code());
        assertTrue(seeds.err().contains("--seeds must be in 1..100"), seeds.err());
        LabRun profile = LabRun.of("train", "lenet-mnist", "--profile", "fast");
        assertEquals(Lab.EXIT_BAD_INPUT, profile.code());
        assertTrue(profile.err().contains("use quick or paper"), profile.err());
        LabRun experiment = LabRun.of("train", "resnet-imagenet", "--out", tmp.toString());
        assertEquals(Lab.EXIT_BAD_INPUT, experiment.code());
        assertTrue(experiment.err().contains("unknown experiment"), experiment.err());
        Path out = tmp.resolve("sizes");
        LabRun sizes = LabRun.of("train", "lenet-mnist", "--profile", "quick", "--sizes", "c1-1-h1,c9-9-h9", "--out",
                out.toString());
        assertEquals(Lab.EXIT_BAD_INPUT, sizes.code());
        assertTrue(sizes.err().contains("no size 'c9-9-h9'") && sizes.err().contains("c1-1-h1, "), sizes.err());
        assertFalse(Files.exists(out), "nothing may be written");
    }

    @Test
    void theModelCommandTakesAPresetAndRefusesAnUnknownOne() {
        assertEquals(0, Lab.execute("model", "--preset", "kaplan", "--out", tmp.toString()));
        assertTrue(Files.isRegularFile(new ResultsLayout(tmp).section2Figures().resolve("b_exact_match.png")));
        Path other = tmp.resolve("other");
        assertEquals(2, Lab.execute("model", "--preset", "gpt", "--out", other.toString()));
        assertTrue(Files.notExists(other));
    }
}
