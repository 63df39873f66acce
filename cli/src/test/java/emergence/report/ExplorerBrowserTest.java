package emergence.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.Explorer;
import emergence.core.experiment.Scoring;
import emergence.core.metrics.EmergenceScore;
import emergence.core.metrics.Intervals;
import emergence.core.metrics.Sharpness;
import emergence.core.outputs.RunManifest;
import emergence.core.sweep.Profile;
import emergence.core.sweep.ResultsLayout;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.LoadedRun;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The explorer in a real browser: headless Chromium, driven through its chromedriver, opens the page built from the
 * committed outputs, and for 33 settings (experiment, knob, sampling, seeds, checkpoint) the numbers it shows equal
 * the Java values computed from the same stored outputs at that checkpoint: the sharp metric and its prediction per
 * size, and the emergence score and transition width of the sharp and the smooth metric with, over the seed mean,
 * their t-intervals over each seed's own curve (within 1e-9). Runs where Debian's {@code chromium} and
 * {@code chromium-driver} are installed; {@code .ci/run} installs them and sets {@value #REQUIRED}, and then a
 * missing browser fails the test instead of skipping it.
 */
@Tag("browser")
class ExplorerBrowserTest {
    static final String REQUIRED = "EMERGENCE_BROWSER_TEST";
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final double TOLERANCE = 1e-9;

    @TempDir
    static Path dir;
    private static final List<ExplorerPage.Source<?>> SOURCES = new ArrayList<>();
    private static ChromeDriver browser;

    @BeforeAll
    static void openThePage() throws Exception {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String why = "the browser test needs /usr/bin/chromium and /usr/bin/chromedriver (Debian: apt-get install "
                    + "chromium chromium-driver)";
            if (System.getenv(REQUIRED) != null) {
                fail(why + ", and " + REQUIRED + " is set: it must run here");
            }
            Assumptions.abort(why);
        }
        SOURCES.clear();
        for (Experiment<?, ?> e : Experiments.all()) {
            source(e).ifPresent(SOURCES::add);
        }
        assertTrue(SOURCES.size() >= 4, "committed paper results of the experiments with an explorer");
        Path page = new ExplorerPage(dir, SOURCES).write();
        assertTrue(Files.readString(ResultsLayout.COMMITTED.explorerData())
                .equals(Files.readString(new ResultsLayout(dir).explorerData())),
                        "the committed explorer data is current "
                + "(bin/lab figures --profile paper rewrites it)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + dir.resolve("profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(),
                options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        browser.get(page.toUri().toString());
        assertEquals("true", browser.findElement(By.tagName("body")).getDomAttribute("data-ready"));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Optional<ExplorerPage.Source<?>> source(Experiment<?, ?> e) {
        return e.capability(Explorable.class).isEmpty() ? Optional.empty()
                : ExplorerPage.Source.stored(e, Path.of("results"), Profile.PAPER);
    }

    /**
     * A setting: knob typed into its field, or moved on the slider by {@code arrows} steps from its start; the
     * training-time slider moved {@code back} checkpoints from the end of training.
     */
    private record Setting(String experiment, double knob, int arrows, String sampling, String seeds, int[] picked,
                           int back) {
        Setting(String experiment, double knob, int arrows, String sampling, String seeds, int[] picked) {
            this(experiment, knob, arrows, sampling, seeds, picked, 0);
        }

        static Setting typed(String experiment, double knob, String sampling, String seeds) {
            return new Setting(experiment, knob, 0, sampling, seeds, new int[0]);
        }

        static Setting earlier(String experiment, double knob, String sampling, String seeds, int back) {
            return new Setting(experiment, knob, 0, sampling, seeds, new int[0], back);
        }
    }

    @Test
    void everySettingShowsTheJavaValues() {
        List<Setting> settings = List.of(
                Setting.typed("lenet-mnist", 5, "dense", "mean"),
                Setting.typed("lenet-mnist", 13, "every2", "mean"),
                Setting.typed("lenet-mnist", 30, "every3", "1"),
                Setting.typed("lenet-mnist", 1, "dense", "2"),
                new Setting("lenet-mnist", 8, 3, "dense", "mean", new int[0]),
                new Setting("lenet-mnist", 10, 0, "pick", "mean", new int[] {0, 4, 9, 13}),
                Setting.typed("paper-lenet-mnist", 7, "dense", "mean"),
                Setting.typed("paper-lenet-mnist", 20, "every3", "0"),
                new Setting("paper-lenet-mnist", 2, 0, "pick", "mean", new int[] {1, 5, 8, 12}),
                Setting.typed("autoencoder-cifar", 0.02, "dense", "mean"),
                Setting.typed("autoencoder-cifar", 0.00312, "every2", "mean"),
                Setting.typed("autoencoder-cifar", 0.1, "dense", "0"),
                Setting.typed("autoencoder-cifar", 0.004, "every3", "mean"),
                new Setting("autoencoder-cifar", 0.05, 0, "pick", "2", new int[] {2, 7, 11, 18}),
                Setting.typed("omniglot-transformer", 5, "dense", "mean"),
                Setting.typed("omniglot-transformer", 2, "every3", "mean"),
                Setting.typed("omniglot-transformer", 3, "dense", "1"),
                new Setting("omniglot-transformer", 1, -4, "every2", "mean", new int[0]),
                Setting.typed("arithmetic-transformer", 5, "dense", "mean"),
                Setting.typed("arithmetic-transformer", 3, "every2", "mean"),
                Setting.typed("arithmetic-transformer", 1, "dense", "2"),
                new Setting("arithmetic-transformer", 4, 0, "pick", "mean", new int[] {0, 3, 5, 9}),
                new Setting("arithmetic-transformer", 2, -3, "every3", "0", new int[0]),
                Setting.typed("arithmetic-transformer", 5, "every3", "mean"),
                Setting.typed("teacher-student", 10, "dense", "mean"),
                new Setting("teacher-student", 40, 0, "pick", "3", new int[] {0, 4, 7, 11}));
        for (Setting s : settings) {
            ExplorerPage.Source<?> source = SOURCES.stream().filter(x -> x.experiment().name().equals(s.experiment()))
                    .findFirst().orElseThrow();
            double knob = apply(s, Explorable.of(source.experiment()).orElseThrow().range());
            check(s, knob, source);
        }
    }

    /**
     * The training-time slider: moved back from the end, the page shows the family at that checkpoint (its step in
     * words, and every value and score from that checkpoint's stored outputs); the x axis over FLOPs and over steps
     * draws one curve per sampled size.
     */
    @Test
    void theCheckpointSliderShowsTheFamilyAtEachCheckpoint() {
        List<Setting> settings = List.of(
                Setting.earlier("arithmetic-transformer", 5, "dense", "mean", 1),
                Setting.earlier("arithmetic-transformer", 3, "every2", "1", 3),
                Setting.earlier("arithmetic-transformer", 5, "dense", "mean", 11),
                Setting.earlier("lenet-mnist", 5, "dense", "mean", 4),
                Setting.earlier("lenet-mnist", 10, "every3", "0", 2),
                Setting.earlier("paper-lenet-mnist", 5, "every2", "mean", 5),
                new Setting("lenet-mnist", 2, 0, "pick", "mean", new int[] {3, 6, 8, 11}, 6));
        for (Setting s : settings) {
            ExplorerPage.Source<?> source = SOURCES.stream().filter(x -> x.experiment().name().equals(s.experiment()))
                    .findFirst().orElseThrow();
            double knob = apply(s, Explorable.of(source.experiment()).orElseThrow().range());
            check(s, knob, source);
        }
        for (String x : List.of("flops", "steps")) {
            Setting s = Setting.earlier("lenet-mnist", 5, "every3", "mean", 2);
            apply(s, Explorable.of(SOURCES.stream().filter(e -> e.experiment().name().equals(s.experiment()))
                    .findFirst().orElseThrow().experiment()).orElseThrow().range());
            new Select(browser.findElement(By.id("xaxis"))).selectByValue(x);
            WebElement chart = browser.findElement(By.id("chart"));
            assertEquals(x, chart.getDomAttribute("data-x"));
            assertEquals(Integer.toString(browser.findElements(By.cssSelector("#points tbody tr")).size()),
                    chart.getDomAttribute("data-curves"), x);
            new Select(browser.findElement(By.id("xaxis"))).selectByValue("params");
        }
    }

    /**
     * Applies a setting from the experiment's starting state (another experiment is selected first); returns the knob
     * value the page shows: the grid value nearest the one typed (in log steps on a log knob).
     */
    private static double apply(Setting s, Explorer.Range range) {
        Select experiment = new Select(browser.findElement(By.id("experiment")));
        experiment.selectByValue(SOURCES.stream().map(x -> x.experiment().name())
                .filter(name -> !name.equals(s.experiment())).findFirst().orElseThrow());
        experiment.selectByValue(s.experiment());
        new Select(browser.findElement(By.id("seeds"))).selectByValue(s.seeds());
        if (s.arrows() != 0) {
            WebElement slider = browser.findElement(By.id("knob"));
            for (int i = 0; i < Math.abs(s.arrows()); i++) {
                slider.sendKeys(s.arrows() > 0 ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT);
            }
        } else {
            String typed = s.knob() == Math.rint(s.knob()) ? Long.toString((long) s.knob()) : Double.toString(s.knob());
            browser.findElement(By.id("knob-value")).sendKeys(Keys.chord(Keys.CONTROL, "a"), typed, Keys.TAB);
        }
        double shown = Double.parseDouble(browser.findElement(By.id("knob-value")).getDomProperty("value"));
        assertEquals(nearest(range, s.knob()), shown, 0, s.toString());
        WebElement checkpoint = browser.findElement(By.id("checkpoint"));
        for (int i = 0; i < s.back(); i++) {
            checkpoint.sendKeys(Keys.ARROW_LEFT);
        }
        if (s.sampling().equals("pick")) {
            for (int i : s.picked()) {
                browser.findElement(By.cssSelector("#sizes button[data-index='" + i + "']")).click();
            }
        } else {
            new Select(browser.findElement(By.id("sampling"))).selectByValue(s.sampling());
        }
        return shown;
    }

    private static double nearest(Explorer.Range range, double k) {
        return range.grid().stream().min(Comparator.comparingDouble(g -> range.log()
                ? Math.abs(Math.log(g) - Math.log(k)) : Math.abs(g - k))).orElseThrow();
    }

    private static <O> void check(Setting s, double knob, ExplorerPage.Source<O> source) {
        Explorer<O> explorer = Explorable.of(source.experiment()).orElseThrow();
        Scoring<O> scoring = source.experiment().scoring();
        // The checkpoint shown: s.back() before the last (a run stored only at its end has no other).
        List<RunManifest.Checkpoint> checkpoints = source.runs().get(0).manifest().outcome().checkpoints();
        int at = checkpoints.size() - 1 - s.back();
        String where = s + " at " + knob;
        if (s.back() > 0) {
            where += ", step " + checkpoints.get(at).step();
            assertTrue(browser.findElement(By.id("checkpoint-value")).getText().startsWith(String.format(Locale.ROOT,
                    "step %,d of", checkpoints.get(at).step())), where);
        }
        // Before the last checkpoint the page holds values to 6 significant digits (ExplorerPage.checkpointDigits).
        DoubleUnaryOperator held = s.back() > 0 ? ExplorerPage::checkpointDigits : v -> v;
        List<LoadedRun<O>> runs = source.runs().stream().sorted(Comparator
                .comparingInt((LoadedRun<O> r) -> r.manifest().identity().sizeIndex())
                .thenComparingInt(r -> r.manifest().identity().replicate()))
                .filter(r -> s.seeds().equals("mean")
                        || r.manifest().identity().replicate() == Integer.parseInt(s.seeds()))
                .toList();
        int sizes = (int) source.runs().stream().map(r -> r.manifest().identity().sizeIndex()).distinct().count();
        double[] sharp = new double[sizes];
        double[] predicted = new double[sizes];
        double[] smooth = new double[sizes];
        double[] logParams = new double[sizes];
        int[] seeds = new int[sizes];
        boolean higher = source.experiment().scoring().metrics().stream()
                .filter(m -> m.name().equals(explorer.smooth().metric()))
                .findFirst().orElseThrow().higherIsBetter();
        // Each seed's own curves (seed → size → value), for the intervals over seeds, and the sizes it has.
        Map<Integer, double[]> sharpBySeed = new TreeMap<>();
        Map<Integer, double[]> smoothBySeed = new TreeMap<>();
        Map<Integer, boolean[]> hasSize = new TreeMap<>();
        for (LoadedRun<O> r : runs) {
            int i = r.manifest().identity().sizeIndex();
            O outputs = s.back() > 0 ? r.outputs(r.manifest().outcome().checkpoints().get(at)) : r.outputs();
            double sharpValue = held.applyAsDouble(explorer.value().applyAsDouble(outputs, knob));
            double smoothValue = s.back() > 0 ? held.applyAsDouble(scoring.value(explorer.smooth(), outputs))
                    : ExplorerPage.seedValue(source.summary(), explorer.smooth(), r.manifest().identity().sizeId(),
                    r.manifest().identity().replicate());
            sharp[i] += sharpValue;
            predicted[i] += held.applyAsDouble(explorer.predicted().applyAsDouble(outputs, knob));
            smooth[i] += smoothValue;
            sharpBySeed.computeIfAbsent(r.manifest().identity().replicate(), k -> new double[sizes])[i] = sharpValue;
            smoothBySeed.computeIfAbsent(r.manifest().identity().replicate(), k -> new double[sizes])[i] =
                    (higher ? 1 : -1) * smoothValue;
            hasSize.computeIfAbsent(r.manifest().identity().replicate(), k -> new boolean[sizes])[i] = true;
            logParams[i] = Math.log10(r.manifest().identity().params());
            seeds[i]++;
        }
        for (int i = 0; i < sizes; i++) {
            sharp[i] /= seeds[i];
            predicted[i] /= seeds[i];
            smooth[i] = (higher ? 1 : -1) * smooth[i] / seeds[i];
        }
        int[] idx = switch (s.sampling()) {
            case "every2" -> EmergenceTable.everyKth(sizes, 2);
            case "every3" -> EmergenceTable.everyKth(sizes, 3);
            case "pick" -> IntStream.of(s.picked()).sorted().toArray();
            default -> IntStream.range(0, sizes).toArray();
        };
        double[] x = IntStream.of(idx).mapToDouble(i -> logParams[i]).toArray();
        double[] ySharp = IntStream.of(idx).mapToDouble(i -> sharp[i]).toArray();
        double[] ySmooth = IntStream.of(idx).mapToDouble(i -> smooth[i]).toArray();
        assertShown("score-sharp", EmergenceScore.of(ySharp), where);
        assertShown("width-sharp", Sharpness.transitionWidth(x, ySharp), where);
        assertShown("score-smooth", EmergenceScore.of(ySmooth), where);
        assertShown("width-smooth", Sharpness.transitionWidth(x, ySmooth), where);
        if (s.seeds().equals("mean")) {
            // The seeds present at every sampled size (a refined family has more seeds at some sizes).
            List<Integer> everywhere = hasSize.keySet().stream()
                    .filter(seed -> IntStream.of(idx).allMatch(i -> hasSize.get(seed)[i])).toList();
            for (String which : List.of("sharp", "smooth")) {
                Map<Integer, double[]> own = which.equals("sharp") ? sharpBySeed : smoothBySeed;
                double[][] curves = everywhere.stream().map(seed -> IntStream.of(idx).mapToDouble(i -> own.get(seed)[i])
                        .toArray()).toArray(double[][]::new);
                assertInterval("score-" + which + "-seeds", Intervals.overSeeds(Arrays.stream(curves)
                        .mapToDouble(EmergenceScore::of).toArray()), where);
                assertInterval("width-" + which + "-seeds", Intervals.overSeeds(Arrays.stream(curves)
                        .mapToDouble(c -> Sharpness.transitionWidth(x, c)).toArray()), where);
            }
        }
        double[] shownSharp = column(2);
        double[] shownPredicted = column(3);
        assertEquals(idx.length, shownSharp.length, where);
        assertArrayEquals(ySharp, shownSharp, TOLERANCE, where);
        assertArrayEquals(IntStream.of(idx).mapToDouble(i -> predicted[i]).toArray(), shownPredicted, TOLERANCE, where);
    }

    /** A column of the page's table of points, its full-precision values, in one call. */
    private static double[] column(int cell) {
        List<?> values = (List<?>) browser.executeScript("var c = arguments[0]; return Array.from(document"
                + ".querySelectorAll('#points tbody tr')).map(function (r) { return r.cells[c].getAttribute("
                + "'data-value'); });", cell);
        return values.stream().mapToDouble(v -> Double.parseDouble((String) v)).toArray();
    }

    private static void assertInterval(String id, Intervals.Interval expected, String where) {
        WebElement e = browser.findElement(By.id(id));
        for (String end : List.of("low", "high")) {
            double shown = Double.parseDouble(e.getDomAttribute("data-" + end));
            double want = end.equals("low") ? expected.low() : expected.high();
            if (Double.isNaN(want)) {
                assertTrue(Double.isNaN(shown), id + " " + end + " at " + where + ": none, shown " + shown);
            } else {
                assertEquals(want, shown, TOLERANCE * Math.max(1, Math.abs(want)), id + " " + end + " at " + where);
            }
        }
    }

    private static void assertShown(String id, double expected, String where) {
        double shown = value(browser.findElement(By.id(id)));
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, shown, id + " at " + where);
        } else {
            assertEquals(expected, shown, TOLERANCE * Math.max(1, Math.abs(expected)), id + " at " + where);
        }
    }

    private static double value(WebElement e) {
        String v = e.getDomAttribute("data-value");
        return switch (v) {
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(v);
        };
    }
}
