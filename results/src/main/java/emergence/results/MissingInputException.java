package emergence.results;

/** A command's input (stored runs, tables) is absent; the message says which and how to make it. */
final class MissingInputException extends RuntimeException {
    MissingInputException(String message) {
        super(message);
    }
}
