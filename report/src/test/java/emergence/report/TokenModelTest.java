package emergence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Sharpness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenModelTest {
    @TempDir
    Path dir;

    @Test
    void formulasAgainstHandValues() {
        TokenModel m = new TokenModel(1e9, 0.5, 2);
        assertEquals(1.0, m.crossEntropy(1e9), 1e-12);
        assertEquals(0.5, m.crossEntropy(4e9), 1e-12);
        assertEquals(Math.exp(-1), m.tokenAccuracy(1e9), 1e-12);
        assertEquals(Math.exp(-2), m.exactMatch(1e9, 2), 1e-12);
        assertEquals(3 * (1 - Math.exp(-1)), m.editDistance(1e9, 3), 1e-12);
        // two tokens: the wrong mass sits on the other one, Brier = 2·(1 − p)²
        assertEquals(2 * Math.pow(1 - Math.exp(-1), 2), m.brier(1e9), 1e-12);
    }

    @Test
    void exactMatchIsSharperThanEditDistanceIsSmooth() {
        TokenModel m = TokenModel.KAPLAN;
        // Kaplan's fit: p = 0.059 at 1e8 parameters, 0.245 at 1e12, 0.61 at 1e18 — a steady rise …
        assertEquals(0.059, m.tokenAccuracy(1e8), 0.001);
        assertEquals(0.245, m.tokenAccuracy(1e12), 0.001);
        assertEquals(0.61, m.tokenAccuracy(1e18), 0.01);
        // … while all-5-right stays under 1e-3 for ten decades and only then lifts off
        assertTrue(m.exactMatch(1e8, 5) < 1e-6 && m.exactMatch(1e12, 5) < 1e-3 && m.exactMatch(1e18, 5) > 0.08);
        assertTrue(m.editDistance(1e8, 5) > m.editDistance(1e12, 5));
    }

    @Test
    void theDefaultSpansPFromUnder5To95PercentAndItsExactMatchRisesInFewerDecades() {
        TokenModel m = TokenModel.DEFAULT;
        assertTrue(m.tokenAccuracy(TokenModel.FROM) <= 0.05 && m.tokenAccuracy(TokenModel.TO) >= 0.95);
        // The figure titles' words: on 60 log-spaced sizes, p^5 rises from 10% to 90% of its rise in fewer decades
        // than p (sharp), and L(1 − p) falls at every step (smooth).
        double[] log10 = new double[60];
        double[] p = new double[60];
        double[] exact = new double[60];
        double[] edit = new double[60];
        for (int i = 0; i < 60; i++) {
            log10[i] = 8 + 10.0 * i / 59;
            p[i] = m.tokenAccuracy(Math.pow(10, log10[i]));
            exact[i] = m.exactMatch(Math.pow(10, log10[i]), 5);
            edit[i] = m.editDistance(Math.pow(10, log10[i]), 5);
            assertTrue(i == 0 || edit[i] < edit[i - 1]);
        }
        double pWidth = Sharpness.transitionWidth(log10, p);
        double exactWidth = Sharpness.transitionWidth(log10, exact);
        assertTrue(exactWidth < 0.8 * pWidth, "p^5 " + exactWidth + " decades, p " + pWidth);
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenModel(0, 0.1, 10));
        assertThrows(IllegalArgumentException.class, () -> new TokenModel(1, -0.1, 10));
        assertThrows(IllegalArgumentException.class, () -> TokenModel.KAPLAN.exactMatch(1e9, 0));
        assertThrows(IllegalArgumentException.class, () -> TokenModel.KAPLAN.crossEntropy(0));
    }

    @Test
    void figureSetIsRendered() throws Exception {
        List<Path> files = new TokenModelFigures(TokenModel.KAPLAN, 1e7, 1e12, 20).render(dir);
        assertEquals(5, files.size());
        for (Path f : files) {
            assertTrue(Files.size(f) > 10_000, f.toString());
            assertTrue(Files.exists(f.resolveSibling(f.getFileName().toString().replace(".png", ".svg"))));
        }
    }
}
