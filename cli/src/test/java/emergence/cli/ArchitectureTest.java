package emergence.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the design (../shared/DESIGN.md), checked on the compiled main classes of every module: the core
 * knows no native library and no higher layer, the report renders on the core alone (no native library, no
 * training, no experiment), experiments (every package that is not a layer) know neither each other nor the report
 * or the command line, the CLI names no experiment, Spark stays inside the Spark engine, and no package cycles.
 */
class ArchitectureTest {
    /** The lab's layers; every other package under {@code emergence} is an experiment's. */
    private static final Set<String> LAYERS = Set.of("core", "training", "spark", "report", "cli");
    private static JavaClasses classes;
    /** The experiment packages, found by rule: e.g. {@code emergence.lenet..}. */
    private static String[] experiments;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("emergence");
        experiments = classes.stream().map(c -> topLevel(c.getPackageName())).filter(p -> !LAYERS.contains(p))
                .distinct().sorted().map(p -> "emergence." + p + "..").toArray(String[]::new);
    }

    private static String topLevel(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 1 ? parts[1] : "";
    }

    @Test
    void everyExperimentOfTheLabLivesInAnExperimentPackage() {
        List<String> found = Arrays.asList(experiments);
        List<Experiment<?, ?>> main = Experiments.all().stream().filter(e -> classes.contain(e.getClass())).toList();
        assertTrue(main.size() >= 6, "the lab's experiments were not found on the class path: " + main);
        for (Experiment<?, ?> e : main) {
            String pkg = "emergence." + topLevel(e.getClass().getPackageName()) + "..";
            assertTrue(found.contains(pkg), e.name() + " lives in " + pkg + ", not an experiment package: " + found);
        }
    }

    @Test
    void coreNeedsNoNativeLibraryAndNoHigherLayer() {
        noClasses().that().resideInAPackage("emergence.core..").should().dependOnClassesThat()
                .resideInAnyPackage("org.nd4j..", "org.bytedeco..", "org.deeplearning4j..", "org.apache.spark..",
                        "emergence.training..", "emergence.spark..", "emergence.report..", "emergence.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("emergence.core..").should().dependOnClassesThat()
                .resideInAnyPackage(experiments).check(classes);
    }

    @Test
    void theReportRendersOnTheCoreAlone() {
        noClasses().that().resideInAPackage("emergence.report..").should().dependOnClassesThat()
                .resideInAnyPackage(Stream.concat(Stream.of("org.nd4j..", "org.bytedeco..", "org.deeplearning4j..",
                        "emergence.training..", "emergence.spark..", "emergence.cli.."), Arrays.stream(experiments))
                        .toArray(String[]::new))
                .check(classes);
    }

    @Test
    void trainingKnowsNoExperimentAndNotTheCommandLine() {
        noClasses().that().resideInAPackage("emergence.training..").should().dependOnClassesThat()
                .resideInAnyPackage(Stream.concat(Stream.of("emergence.report..", "emergence.cli.."),
                        Arrays.stream(experiments)).toArray(String[]::new))
                .check(classes);
    }

    @Test
    void experimentsKnowNeitherEachOtherNorTheCommandLine() {
        for (String experiment : experiments) {
            String[] others = Stream.concat(Stream.of("emergence.report..", "emergence.cli.."),
                    Arrays.stream(experiments).filter(e -> !e.equals(experiment))).toArray(String[]::new);
            noClasses().that().resideInAPackage(experiment).should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }

    @Test
    void theCommandLineFindsExperimentsAndImportsNone() {
        noClasses().that().resideInAPackage("emergence.cli..").should().dependOnClassesThat()
                .resideInAnyPackage(experiments).check(classes);
    }

    @Test
    void onlyTheSparkEngineLoadsSparkAndNothingImportsIt() {
        noClasses().that().resideOutsideOfPackage("emergence.spark..").should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "scala..").check(classes);
        noClasses().that().resideOutsideOfPackage("emergence.spark..").should().dependOnClassesThat()
                .resideInAPackage("emergence.spark..").check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("emergence.(**)").should().beFreeOfCycles().check(classes);
    }
}
