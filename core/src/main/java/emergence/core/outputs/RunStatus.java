package emergence.core.outputs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How a stored run ended: trained and evaluated, or failed (its loss diverged) with a reason and no outputs. */
public enum RunStatus {
    OK("ok"),
    FAILED("failed");

    private final String id;

    RunStatus(String id) {
        this.id = id;
    }

    /** As {@code manifest.json} writes it. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The status {@code manifest.json} holds; a value that is none of them is refused naming the known ones. */
    @JsonCreator
    public static RunStatus of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("status must be ok or failed, got " + id));
    }
}
