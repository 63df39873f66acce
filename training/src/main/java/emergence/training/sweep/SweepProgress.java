package emergence.training.sweep;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a sweep, weighted by each run's estimated cost: a progress bar with ETA on a terminal,
 * a log line every {@code logEvery} (and at each finished run) otherwise.
 */
final class SweepProgress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SweepProgress.class);
    private static final long SCALE = 10_000;

    private final ProgressBar bar;
    private final double totalCost;
    private final int totalRuns;
    private final long startNanos = System.nanoTime();
    private final Duration logEvery;
    private double doneCost;
    private int doneRuns;
    private long lastLog = System.nanoTime();
    private String current = "";

    SweepProgress(String task, int totalRuns, double totalCost, boolean terminal, Duration logEvery) {
        this.totalRuns = totalRuns;
        this.totalCost = totalCost;
        this.logEvery = logEvery;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName(task).setInitialMax(SCALE)
                .setStyle(ProgressBarStyle.ASCII).hideEta().setUpdateIntervalMillis(500).continuousUpdate()
                .build() : null;
    }

    void runStarted(String name) {
        current = " run " + (doneRuns + 1) + "/" + totalRuns + " " + name;
        if (bar != null) {
            bar.setExtraMessage(current + " ETA " + eta(doneCost));
        }
    }

    void within(double runCost, double fraction) {
        double done = doneCost + runCost * Math.max(0, Math.min(1, fraction));
        if (bar != null) {
            bar.stepTo(Math.round(SCALE * done / totalCost));
            bar.setExtraMessage(current + " ETA " + eta(done));
        } else if (System.nanoTime() - lastLog > logEvery.toNanos()) {
            lastLog = System.nanoTime();
            LOG.info("{} runs done of {}, {}% of the work, ETA {}", doneRuns, totalRuns,
                    Math.round(100 * done / totalCost), eta(done));
        }
    }

    void runFinished(String name, double runCost, String summary) {
        doneRuns++;
        doneCost += runCost;
        String line = String.format("run %d/%d %s: %s; ETA %s", doneRuns, totalRuns, name, summary, eta(doneCost));
        if (bar != null) {
            bar.stepTo(Math.round(SCALE * doneCost / totalCost));
            bar.setExtraMessage(" " + doneRuns + "/" + totalRuns + " runs, ETA " + eta(doneCost));
        } else {
            LOG.info(line);
            lastLog = System.nanoTime();
        }
    }

    private String eta(double done) {
        if (done <= 0) {
            return "?";
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        long left = Math.round(elapsed * (totalCost - done) / done);
        return String.format("%d:%02d:%02d", left / 3600, (left / 60) % 60, left % 60);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
