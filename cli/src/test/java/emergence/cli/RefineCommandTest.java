package emergence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.cli.toy.ToyLogistic;
import emergence.core.data.Checksums;
import emergence.core.outputs.RunManifest;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Refinement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/lab refine} on the toy family (its size, the number of features, takes every value from 1 to 8): the plan
 * printed and nothing written; with {@code --run} the plan recorded, the stored runs renumbered, the new runs
 * trained and the whole refined sweep scored; refused where there is nothing to refine.
 */
class RefineCommandTest {
    @TempDir
    Path tmp;

    @Test
    void plansThenRecordsRenumbersAndTrainsTheRefinedFamily() throws IOException {
        Path data = tmp.resolve("data");
        ToyLogistic.writeDataset(data);
        Path out = tmp.resolve("out");
        List<String> common = List.of("--profile", "quick", "--engine", "local", "--data-dir", data.toString(), "--out",
                out.toString());
        LabRun train = lab("train", common);
        assertEquals(0, train.code(), train.err());
        Path runs = Profile.QUICK.runsDir(out, ToyLogistic.NAME);
        List<String> before = folders(runs);
        assertEquals(List.of("00_f1_r0", "01_f2_r0", "02_f4_r0", "03_f8_r0"), before);
        String f8 = Checksums.sha256(runs.resolve("03_f8_r0").resolve(RunStore.OUTPUTS));

        LabRun plan = lab("refine", common, "--max-seeds", "3");
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().contains("| accuracy |") && plan.out().contains("| subset_accuracy 2 |"), plan.out());
        assertTrue(plan.out().contains("in-between sizes: the number of features, in steps of 1"), plan.out());
        assertTrue(plan.out().contains("Nothing written."), plan.out());
        assertEquals(before, folders(runs), "planning moves nothing");
        assertFalse(Files.exists(out.resolve(ToyLogistic.NAME).resolve("refinement-quick.json")));
        List<String> added = plan.out().lines().filter(l -> l.matches("\\| f\\d \\| new \\| .* \\| 0 \\| 3 \\|"))
                .map(l -> l.substring(2, 4)).toList();
        assertFalse(added.isEmpty(), plan.out());

        LabRun run = lab("refine", common, "--max-seeds", "3", "--run");
        assertEquals(0, run.code(), run.err());
        Refinement recorded = Refinement.read(out, ToyLogistic.NAME, Profile.QUICK);
        assertEquals(added, recorded.sizes().stream().map(s -> "f" + s.get("features")).toList());
        assertTrue(recorded.seeds().values().stream().allMatch(n -> n == 3), recorded.toString());
        // Every run sits at its size's place among the sizes in order of features, its outputs untouched.
        List<String> after = folders(runs);
        List<Integer> features = new ArrayList<>(List.of(1, 2, 4, 8));
        added.forEach(f -> features.add(Integer.parseInt(f.substring(1))));
        features.sort(Integer::compare);
        for (String folder : after) {
            RunManifest m = RunStore.readManifest(runs.resolve(folder).resolve(RunStore.MANIFEST));
            int k = Integer.parseInt(m.identity().sizeId().substring(1));
            assertEquals(features.indexOf(k), m.identity().sizeIndex(), folder);
            assertEquals(m.dirName(), folder);
            assertEquals(recorded.seeds().getOrDefault(m.identity().sizeId(), 1) > m.identity().replicate(), true,
                    folder);
        }
        int expected = features.stream().mapToInt(k -> recorded.seeds().getOrDefault("f" + k, 1)).sum();
        assertEquals(expected, after.size(), after.toString());
        String f8now = after.stream().filter(f -> f.endsWith("_f8_r0")).findFirst().orElseThrow();
        assertEquals(f8, Checksums.sha256(runs.resolve(f8now).resolve(RunStore.OUTPUTS)));
        List<String> summary = Files.readAllLines(out.resolve(ToyLogistic.NAME).resolve("summary.csv"));
        assertEquals(expected * 8, summary.size() - 1, "every run of the refined family scored");

        // Run again, the stored family is the plan: what is left is only what the family cannot add.
        LabRun again = lab("refine", common, "--max-seeds", "3", "--run");
        assertEquals(0, again.code(), again.err());
        assertEquals(after, folders(runs));
        assertEquals(recorded, Refinement.read(out, ToyLogistic.NAME, Profile.QUICK));
    }

    @Test
    void aFamilyWithoutStoredRunsOrWithoutInBetweenSizesIsRefused() {
        LabRun none = LabRun.of("refine", ToyLogistic.NAME, "--profile", "quick", "--out", tmp.toString());
        assertEquals(Lab.EXIT_BAD_INPUT, none.code(), none.err());
        assertTrue(none.err().contains("No stored runs of " + ToyLogistic.NAME), none.err());
        LabRun lenet = LabRun.of("refine", "lenet-mnist", "--profile", "paper");
        assertEquals(Lab.EXIT_BAD_INPUT, lenet.code(), lenet.err());
        assertTrue(lenet.err().contains("cannot take sizes between its members"), lenet.err());
    }

    private static LabRun lab(String command, List<String> common, String... more) {
        List<String> args = new ArrayList<>(List.of(command, ToyLogistic.NAME));
        args.addAll(common);
        args.addAll(List.of(more));
        return LabRun.of(args.toArray(String[]::new));
    }

    private static List<String> folders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .sorted().toList();
        }
    }
}
