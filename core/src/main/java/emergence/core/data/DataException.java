package emergence.core.data;

import emergence.core.BadInputException;

/**
 * A problem with input data that the user can fix (missing, truncated or corrupt files, a bad location).
 * The message names the problem and the fix; the CLI prints it alone and exits 2.
 */
public class DataException extends BadInputException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
