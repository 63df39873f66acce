package emergence.teacher;

/**
 * One student of the family, stored whole in every run's manifest.
 *
 * @param width hidden tanh units of its one hidden layer
 */
public record StudentSize(int width) {
    public StudentSize {
        if (width < 1) {
            throw new IllegalArgumentException("a student needs at least one hidden unit, got width=" + width);
        }
    }

    /** Size id used in result paths, e.g. {@code w016}. */
    public String id() {
        return String.format("w%03d", width);
    }

    /** Multiply-accumulates of one forward pass of one point: inputs × width, then width × classes. */
    public double forwardMacs() {
        return (double) TeacherTask.INPUTS * width + (double) width * TeacherTask.CLASSES;
    }

    /** Trainable parameters: both dense layers with their biases. */
    public long params() {
        return (long) (TeacherTask.INPUTS + 1) * width + (long) (width + 1) * TeacherTask.CLASSES;
    }
}
