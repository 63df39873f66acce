package emergence.results;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the design (../shared/DESIGN.md), checked on the compiled main classes of every module: the core
 * knows no native library and no higher layer, experiments know neither each other nor {@code results}, the CLI
 * names no experiment, Spark stays inside the Spark engine, and no package cycles.
 */
class ArchitectureTest {
    private static final String[] EXPERIMENTS = {"emergence.lenet..", "emergence.autoencoder..",
        "emergence.omniglot.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("emergence");
    }

    @Test
    void coreNeedsNoNativeLibraryAndNoHigherLayer() {
        noClasses().that().resideInAPackage("emergence.core..").should().dependOnClassesThat()
                .resideInAnyPackage("org.nd4j..", "org.bytedeco..", "org.deeplearning4j..", "org.apache.spark..",
                        "emergence.training..", "emergence.spark..",
                        "emergence.results..", "emergence.lenet..", "emergence.autoencoder..", "emergence.omniglot..")
                .check(classes);
    }

    @Test
    void trainingKnowsNoExperimentAndNotTheCommandLine() {
        noClasses().that().resideInAPackage("emergence.training..").should().dependOnClassesThat()
                .resideInAnyPackage("emergence.results..", "emergence.lenet..", "emergence.autoencoder..",
                        "emergence.omniglot..")
                .check(classes);
    }

    @Test
    void experimentsKnowNeitherEachOtherNorTheCommandLine() {
        for (String experiment : EXPERIMENTS) {
            String[] others = Stream.concat(Stream.of("emergence.results.."),
                    Arrays.stream(EXPERIMENTS).filter(e -> !e.equals(experiment))).toArray(String[]::new);
            noClasses().that().resideInAPackage(experiment).should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }

    @Test
    void theCommandLineFindsExperimentsAndImportsNone() {
        noClasses().that().resideInAPackage("emergence.results..").should().dependOnClassesThat()
                .resideInAnyPackage(EXPERIMENTS).check(classes);
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
