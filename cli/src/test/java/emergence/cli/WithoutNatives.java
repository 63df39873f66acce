package emergence.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs lab command lines in a JVM that must not see ND4J: exits 3 if ND4J is on the class path, else runs the
 * commands (separated by {@code ;}) in order and exits with the first non-zero code, or 0.
 */
public final class WithoutNatives {
    static final int ND4J_PRESENT = 3;

    private WithoutNatives() {
    }

    public static void main(String[] args) {
        try {
            Class.forName("org.nd4j.linalg.factory.Nd4j");
            System.err.println("ND4J is on the class path");
            System.exit(ND4J_PRESENT);
        } catch (ClassNotFoundException expected) {
            // what this JVM is for
        }
        List<String> command = new ArrayList<>();
        for (String arg : Arrays.copyOf(args, args.length + 1)) {
            if (arg == null || arg.equals(";")) {
                int code = Lab.execute(command.toArray(String[]::new));
                if (code != 0) {
                    System.exit(code);
                }
                command.clear();
            } else {
                command.add(arg);
            }
        }
        System.exit(0);
    }
}
