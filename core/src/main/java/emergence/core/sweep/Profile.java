package emergence.core.sweep;

import emergence.core.BadInputException;

import java.nio.file.Path;
import java.util.Locale;

/** Named presets of an experiment's options: {@code quick} (minutes, a smoke test of the whole pipeline) and
 * {@code paper} (the full sweep behind the committed reference results). */
public enum Profile {
    QUICK, PAPER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where an experiment's runs of this profile live under a results root ({@link ResultsLayout#runs}). */
    public Path runsDir(Path out, String experiment) {
        return new ResultsLayout(out).runs(experiment, this);
    }

    /** Parses {@code quick} or {@code paper} (any case). */
    public static Profile parse(String s) {
        for (Profile p : values()) {
            if (p.id().equalsIgnoreCase(s.trim())) {
                return p;
            }
        }
        throw new BadInputException("unknown profile '" + s + "': use quick or paper");
    }
}
