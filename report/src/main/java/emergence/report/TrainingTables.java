package emergence.report;

import emergence.core.experiment.Contrast;
import emergence.core.tables.EmergenceOverTraining;
import emergence.core.tables.MarkdownTables;
import emergence.core.tables.MarkdownTables.Format;
import emergence.core.tables.Sampling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The training-time view of an experiment as a table: how the jump over sizes moves from checkpoint to checkpoint. */
public final class TrainingTables {
    private TrainingTables() {
    }

    /**
     * One row per checkpoint: the step, the examples seen, and for the contrast's smooth and sharp metric the emergence
     * score over every size and the transition width (decades of parameters from 10% to 90% of the rise).
     */
    public static MarkdownTables.Table overTraining(Contrast c, EmergenceOverTraining table) {
        List<EmergenceOverTraining.Row> smooth = table.of(c.smooth(), Sampling.DENSE);
        List<EmergenceOverTraining.Row> sharp = table.of(c.sharp(), Sampling.DENSE);
        Format score = Format.readable();
        Format decades = v -> Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < smooth.size(); i++) {
            EmergenceOverTraining.Row a = smooth.get(i);
            EmergenceOverTraining.Row b = sharp.get(i);
            rows.add(List.of(Long.toString(a.step()), String.format(Locale.ROOT, "%,d", a.examples()),
                    score.apply(a.scores().score()), score.apply(b.scores().score()),
                    decades.apply(a.scores().transition()), decades.apply(b.scores().transition())));
        }
        return new MarkdownTables.Table(List.of("step", "examples seen", "emergence score: " + c.smooth().label(),
                c.sharp().label(), "transition width: " + c.smooth().label(), c.sharp().label()), 1, rows);
    }
}
