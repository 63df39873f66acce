package emergence.core.experiment;

/**
 * A capability: {@code bin/lab demo} trains this experiment's quick family live, for a lecture. Only for an
 * experiment whose quick sweep takes seconds and needs no download.
 */
public interface LiveDemo {
}
