package emergence.core.sweep;

/** Thrown by a trainer whose loss became NaN or infinite; the runner records the run as failed and goes on. */
public class TrainingDivergedException extends RuntimeException {
    public TrainingDivergedException(String message) {
        super(message);
    }
}
