package emergence.core;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The core module's dependencies bring no native library: ND4J, JavaCPP and DL4J are not on its class path. */
class CoreClassPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"org.nd4j.linalg.factory.Nd4j", "org.bytedeco.javacpp.Loader",
        "org.deeplearning4j.nn.conf.NeuralNetConfiguration"})
    void noNativeLibraryClassIsOnTheClassPath(String name) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(name));
    }
}
