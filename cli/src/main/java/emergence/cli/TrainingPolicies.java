package emergence.cli;

import picocli.CommandLine.Option;

/** The options of the commands that train: retrain failed runs, train paper runs from a dirty tree. */
final class TrainingPolicies {
    @Option(names = "--retry-failed", description = "Train runs stored as failed (diverged) again.")
    boolean retryFailed;

    @Option(names = "--allow-dirty", description = "Train paper runs although the working tree has "
            + "uncommitted changes (their manifests then record a -dirty commit).")
    boolean allowDirty;
}
