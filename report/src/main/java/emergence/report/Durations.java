package emergence.report;

/** Formats seconds as h:mm:ss. */
public final class Durations {
    private Durations() {
    }

    public static String format(double seconds) {
        long s = Math.round(seconds);
        return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
