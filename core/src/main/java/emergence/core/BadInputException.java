package emergence.core;

/**
 * Input the user can fix: a bad option, missing or corrupt data, a stored result that is missing, changed or from
 * another configuration, a path that cannot be written. The message names the problem and the fix; the command
 * line prints it alone and exits 2, having written nothing. Any other exception is a bug: exit 1, stack trace.
 */
public class BadInputException extends IllegalArgumentException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
