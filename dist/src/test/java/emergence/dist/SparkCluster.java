package emergence.dist;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Spark standalone master and workers started as separate JVMs on this machine from the SPARK_HOME the build
 * assembled, and the lab's runnable jar run against them with {@code spark-submit}'s main class.
 */
final class SparkCluster implements AutoCloseable {
    static final Path SPARK_HOME = Path.of(System.getProperty("spark.home"));
    static final Path LAB_JAR = Path.of(System.getProperty("lab.jar"));
    static final List<String> OPENS = Arrays.asList(System.getProperty("spark.jvm.options").trim().split("\\s+"));
    private static final String CLASS_PATH = SPARK_HOME.resolve("conf") + ":" + SPARK_HOME.resolve("jars") + "/*";

    private final Path logs;
    private final List<Process> daemons = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private final String master;

    /** Starts a master and {@code workers} workers of {@code cores} cores each; logs go to {@code logs}. */
    SparkCluster(Path logs, int workers, int cores) throws IOException, InterruptedException {
        this.logs = logs;
        Files.createDirectories(logs);
        int port = freePort();
        int ui = freePort();
        master = "spark://127.0.0.1:" + port;
        daemons.add(start(logs.resolve("master.log"), List.of("org.apache.spark.deploy.master.Master", "--host",
                "127.0.0.1", "--port", "" + port, "--webui-port", "" + ui)));
        for (int w = 0; w < workers; w++) {
            Process worker = start(logs.resolve("worker" + w + ".log"), List.of("org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--cores", "" + cores, "--memory", "4g", "--webui-port", "" + freePort(),
                    "--work-dir", logs.resolve("work" + w).toString(), master));
            daemons.add(worker);
            this.workers.add(worker);
        }
        awaitWorkers(ui, workers, Duration.ofSeconds(90));
    }

    /** Waits until the master's status page lists {@code count} live workers. */
    private static void awaitWorkers(int ui, int count, Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui + "/json/")).build();
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(status, HttpResponse.BodyHandlers.ofString()).body();
                if (last.split("\"state\" ?: ?\"ALIVE\"", -1).length - 1 >= count) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();  // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(count + " workers did not register within " + limit + "; master status: " + last);
    }

    String master() {
        return master;
    }

    /** Kills a worker and the executors it launched with SIGKILL, as a lost machine would go. */
    void killWorker(int w) {
        Process worker = workers.get(w);
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
    }

    /** {@code java -cp SPARK_HOME/conf:SPARK_HOME/jars/* …} with Spark's JDK flags. */
    static Process start(Path log, List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-Dorg.bytedeco.javacpp.maxbytes=3G"));
        cmd.addAll(OPENS);
        cmd.addAll(List.of("-cp", CLASS_PATH));
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", SPARK_HOME.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("OMP_NUM_THREADS", "1");
        return pb.start();
    }

    /** The lab's command line from its runnable jar, submitted to {@code master} with spark-submit's main class. */
    static Process submit(Path log, String master, String... labArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", master,
                "--conf", "spark.ui.enabled=false", "--conf", "spark.executor.memory=2g",
                "--conf", "spark.executor.extraJavaOptions=-Dorg.bytedeco.javacpp.maxbytes=3G",
                "--class", "emergence.cli.Lab", LAB_JAR.toString()));
        args.addAll(List.of(labArgs));
        return start(log, args);
    }

    /** A log's last 6,000 characters, for a failure message. */
    static String tail(Path file) {
        try {
            String text = Files.readString(file);
            return file + ":\n" + text.substring(Math.max(0, text.length() - 6000));
        } catch (IOException e) {
            return file + " unreadable: " + e;
        }
    }

    /** Waits for a process; fails the test when it outlives {@code limit}. */
    static int await(Process p, Duration limit) throws InterruptedException {
        if (!p.waitFor(limit.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after " + limit + ": " + p.info().commandLine().orElse("?"));
        }
        return p.exitValue();
    }

    /**
     * Runs with a manifest in a run store. A run being written sits in a {@code .tmp-*} folder, manifest included,
     * until one rename puts it in place: such a folder is not a stored run (a killed driver leaves it behind).
     */
    static long storedRuns(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(d -> !d.getFileName().toString().startsWith("."))
                    .filter(d -> Files.isRegularFile(d.resolve("manifest.json"))).count();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process p : daemons) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    Path logs() {
        return logs;
    }
}
