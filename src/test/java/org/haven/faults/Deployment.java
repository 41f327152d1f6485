package org.haven.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.haven.support.PackagedHaven;
import org.haven.support.PostgresResource;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The packaged service (production profile) on an embedded PostgreSQL that keeps what it acknowledged,
 * with a test OIDC issuer; both can be brought down the hard way and started again on the same port
 * and the same data.
 */
public final class Deployment implements AutoCloseable {

    private final PostgresResource postgres = PostgresResource.durable();
    private final OidcWiremockTestResource oidc = new OidcWiremockTestResource();
    private Map<String, String> env;
    private String superuserUrl;
    private PackagedHaven app;
    private int starts;

    public static Deployment start() throws Exception {
        return start(Map.of());
    }

    /** With more environment for the service's process (JVM options for a profile, say). */
    public static Deployment start(Map<String, String> extra) throws Exception {
        Deployment deployment = new Deployment();
        Map<String, String> issuer = deployment.oidc.start();
        issuer.forEach(System::setProperty);
        Map<String, String> db = deployment.postgres.start();
        deployment.superuserUrl = db.get("haven.test.superuser-url");
        deployment.env = PackagedHaven.environment(db, issuer.get("keycloak.url") + "/realms/quarkus");
        // one address for every incarnation, as behind a service name
        deployment.env.put("QUARKUS_HTTP_PORT", String.valueOf(PackagedHaven.freePort()));
        deployment.env.putAll(extra);
        deployment.app = PackagedHaven.start(deployment.env, "faults-app-0.log");
        deployment.app.awaitReady();
        return deployment;
    }

    public int port() {
        return app.port();
    }

    public long appPid() {
        return app.process().pid();
    }

    int managementPort() {
        return app.managementPort();
    }

    /** kill -9, then a new process on the same port and database; the time until it is ready again. */
    Duration killAndRestartApp() throws Exception {
        long start = System.nanoTime();
        app.process().destroyForcibly(); // SIGKILL: no shutdown hook, no graceful anything
        if (!app.process().waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed service did not go away");
        }
        app = PackagedHaven.start(env, "faults-app-" + (++starts) + ".log");
        app.awaitReady();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    void crashDatabase() throws Exception {
        postgres.crash();
    }

    void restartDatabase() throws Exception {
        postgres.restart();
    }

    /** The environment the service runs with (database, issuer, keys), for another process beside it. */
    public Map<String, String> environment() {
        return Map.copyOf(env);
    }

    /** The runtime role's database as libpq takes it (psql, pgbench), without its password. */
    public String runtimeUrl() {
        return env.get("HAVEN_DB_URL").replaceFirst("^jdbc:postgresql://", "postgresql://" + env.get("HAVEN_DB_USER") + "@");
    }

    public String runtimePassword() {
        return env.get("HAVEN_DB_PASSWORD");
    }

    public Connection superuser() throws SQLException {
        return DriverManager.getConnection(superuserUrl);
    }

    /** The app's resident memory, from /proc (kB). */
    public long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(appPid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** Heap in use, from the management interface's Prometheus metrics (bytes), or -1. */
    long heapUsedBytes() {
        return metric("jvm_memory_used_bytes{", "area=\"heap\"");
    }

    /** The old generation's size after the last full collection: what a leak makes grow. */
    long liveHeapBytes() {
        return metric("jvm_gc_live_data_size_bytes", "");
    }

    /** The sum of a Prometheus metric's series that contain the given label text, or -1. */
    private long metric(String name, String label) {
        try {
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + managementPort() + "/q/metrics")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            for (String line : metrics.split("\n")) {
                if (line.startsWith(name) && line.contains(label)) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return (long) sum;
        } catch (Exception e) {
            return -1;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            oidc.stop();
            postgres.stop();
        }
    }
}
