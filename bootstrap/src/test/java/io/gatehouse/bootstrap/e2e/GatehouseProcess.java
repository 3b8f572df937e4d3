package io.gatehouse.bootstrap.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code target/gatehouse.jar}) started as a real process on a free port
 * with its own data folder, as a user would start it.
 */
public final class GatehouseProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path log;

    private GatehouseProcess(Process process, int port, Path dataDir, Path log) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    public static GatehouseProcess start(Map<String, String> env) {
        return start(env, null);
    }

    /** Starts on {@code dataDir} (a new temporary folder when null). */
    public static GatehouseProcess start(Map<String, String> env, Path dataDir) {
        try {
            Path data = dataDir != null ? dataDir : Files.createTempDirectory("gatehouse-e2e-");
            int port = freePort();
            Path log = Files.createTempFile("gatehouse-e2e-", ".log");
            String jar = System.getProperty("gatehouse.jar", "target/gatehouse.jar");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", new File(jar).getAbsolutePath());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("GATEHOUSE_") || k.startsWith("AUTH_"));
            Map<String, String> defaults = new HashMap<>();
            defaults.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
            defaults.put("GATEHOUSE_DATA_DIR", data.toString());
            defaults.put("GATEHOUSE_BCRYPT_COST", "10");
            defaults.putAll(env);
            environment.putAll(defaults);
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            GatehouseProcess server = new GatehouseProcess(builder.start(), port, data, log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start gatehouse.jar", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end by itself (e.g. when it refuses to start). */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the server did not exit");
        }
        return process.exitValue();
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return; // exited: the caller inspects output() and the exit code
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/version"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"version\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server", e);
            }
            sleep(100);
        }
        close();
        throw new IllegalStateException("gatehouse.jar did not become ready:\n" + output());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
