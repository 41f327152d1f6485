package org.haven.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app, production profile) started as its own process with
 * production-style configuration from environment variables, for tests of the real artifact.
 */
public final class PackagedHaven implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int managementPort;

    private PackagedHaven(Process process, int port, int managementPort) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** Environment shared by instances of one deployment: database, issuer and fresh keys. */
    public static Map<String, String> environment(Map<String, String> db, String issuer) throws Exception {
        KeyPair signing = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] kek = new byte[32];
        new SecureRandom().nextBytes(kek);
        Map<String, String> env = new HashMap<>();
        env.put("HAVEN_DB_URL", db.get("quarkus.datasource.jdbc.url"));
        env.put("HAVEN_DB_USER", db.get("quarkus.datasource.username"));
        env.put("HAVEN_DB_PASSWORD", db.get("quarkus.datasource.password"));
        env.put("HAVEN_DB_MIGRATION_USER", db.get("quarkus.flyway.username"));
        env.put("HAVEN_DB_MIGRATION_PASSWORD", db.get("quarkus.flyway.password"));
        env.put("HAVEN_OIDC_ISSUER", issuer);
        env.put("HAVEN_AUDIT_SIGNING_PRIVATE_KEY", Base64.getEncoder().encodeToString(signing.getPrivate()
                .getEncoded()));
        env.put("HAVEN_AUDIT_SIGNING_PUBLIC_KEY", Base64.getEncoder().encodeToString(signing.getPublic().getEncoded()));
        env.put("HAVEN_PROTECTION_PRIMARY_KEK", "k1");
        env.put("HAVEN_PROTECTION_KEKS_K1", Base64.getEncoder().encodeToString(kek));
        // the web console's cookie keys, shared by the instances of a deployment as in production
        byte[] console = new byte[64];
        new SecureRandom().nextBytes(console);
        env.put("HAVEN_CONSOLE_SESSION_SECRET", Base64.getEncoder().encodeToString(console).substring(0, 44));
        env.put("HAVEN_CONSOLE_STATE_SECRET", Base64.getEncoder().encodeToString(console).substring(44));
        return env;
    }

    /** Starts on a free port, or on QUARKUS_HTTP_PORT when the environment names one (a provider must know it). */
    public static PackagedHaven start(Map<String, String> env, String logName) throws IOException {
        int port = env.containsKey("QUARKUS_HTTP_PORT") ? Integer.parseInt(env.get("QUARKUS_HTTP_PORT")) : freePort();
        int managementPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", logName).toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // Health and metrics are on the management interface (9000 in production): one port per instance here.
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        return new PackagedHaven(builder.start(), port, managementPort);
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    public Process process() {
        return process;
    }

    public void awaitReady() throws Exception {
        awaitOk(URI.create("http://localhost:" + managementPort + "/q/health/ready"), Duration.ofSeconds(90));
    }

    /** Polls until the URL answers 200 (or fails after the timeout). */
    public static void awaitOk(URI uri, Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(uri + " did not answer 200 within " + timeout);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
