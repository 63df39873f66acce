package emergence.report;

import emergence.core.BadInputException;

/** A command's input (stored runs, tables) is absent; the message says which and how to make it. */
public final class MissingInputException extends BadInputException {
    public MissingInputException(String message) {
        super(message);
    }
}
