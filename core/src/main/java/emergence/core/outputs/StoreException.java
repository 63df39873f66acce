package emergence.core.outputs;

import emergence.core.BadInputException;

/**
 * A stored run that cannot be trusted: an unreadable or truncated manifest or outputs file, outputs that do not
 * match the checksum their manifest records, a manifest that disagrees with its folder or its sweep's plan, a
 * results folder held by another process. The message names the run folder, the field and the fix.
 */
public class StoreException extends BadInputException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
