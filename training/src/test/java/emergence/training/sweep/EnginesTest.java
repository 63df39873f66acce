package emergence.training.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.BadInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Choosing the engine: here, without the Spark module on the class path. */
class EnginesTest {
    private static EngineSettings settings(String engine, String master, int threads) {
        return new EngineSettings(engine, Optional.ofNullable(master), threads);
    }

    @Test
    void autoIsTheLocalEngineWhenCoresAreNoMoreThanThreadsOrSparkIsAbsent() {
        assertInstanceOf(LocalEngine.class, Engines.open(settings("auto", null, 2), 2));
        assertInstanceOf(LocalEngine.class, Engines.open(settings("auto", null, 2), 1));
        // More cores than threads would use Spark, which this module's class path does not hold.
        assertInstanceOf(LocalEngine.class, Engines.open(settings("auto", null, 2), 16));
        assertEquals(1, Engines.open(settings("local", null, 2), 16).slots());
    }

    @Test
    void unknownEnginesAndAMasterForTheLocalEngineAreRefused() {
        BadInputException unknown = assertThrows(BadInputException.class,
                () -> Engines.open(settings("flink", null, 1), 2));
        assertTrue(unknown.getMessage().contains("--engine flink is not available; engines here: auto, local"),
                unknown.getMessage());
        BadInputException master = assertThrows(BadInputException.class,
                () -> Engines.open(settings("local", "local[2]", 1), 2));
        assertTrue(master.getMessage().contains("needs --engine spark"), master.getMessage());
        assertTrue(assertThrows(BadInputException.class, () -> Engines.open(settings("spark", null, 1), 2))
                .getMessage().contains("--engine spark is not available"));
    }

    @Test
    void aLazyEngineOpensOnlyWhenAsked() {
        try (Engine lazy = Engines.lazy(settings("flink", null, 1))) {
            // Nothing is opened (nor refused) until the engine is used.
            assertThrows(BadInputException.class, lazy::slots);
        }
    }
}
