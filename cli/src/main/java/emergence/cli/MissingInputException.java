package emergence.cli;

import emergence.core.BadInputException;

/** A command's input (stored runs, tables) is absent; the message says which and how to make it. */
final class MissingInputException extends BadInputException {
    MissingInputException(String message) {
        super(message);
    }
}
