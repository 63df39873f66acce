package emergence.training.nn;

import emergence.core.outputs.CheckpointOutputs;
import emergence.core.outputs.ExampleOutputs;
import java.util.ArrayList;
import java.util.List;

/**
 * The outputs of each member of a group trained together at its checkpoints, collected as training reaches them;
 * the trainer adds each member's final outputs last.
 */
public final class MemberCheckpoints {
    private final List<List<CheckpointOutputs>> members = new ArrayList<>();

    public MemberCheckpoints(int members) {
        for (int m = 0; m < members; m++) {
            this.members.add(new ArrayList<>());
        }
    }

    /** Every member's outputs after {@code step} steps and {@code examples} examples, in member order. */
    public void add(long step, long examples, List<ExampleOutputs> outputs) {
        if (outputs.size() != members.size()) {
            throw new IllegalArgumentException(outputs.size() + " outputs for " + members.size() + " members");
        }
        for (int m = 0; m < members.size(); m++) {
            members.get(m).add(new CheckpointOutputs(step, examples, outputs.get(m)));
        }
    }

    /** One member's checkpoints so far. */
    public List<CheckpointOutputs> of(int member) {
        return List.copyOf(members.get(member));
    }
}
