package org.haven.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 (zonky embedded binaries, no Docker) for the test run, set up the way
 * production is: a migration owner that runs Flyway and owns the schema, and a runtime role for the
 * application with only the privileges the migrations grant it.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "haven";
    public static final String OWNER = "haven_owner";
    public static final String RUNTIME = "haven_app";
    private static final String OWNER_PASSWORD = "owner-test-only";
    private static final String RUNTIME_PASSWORD = "app-test-only";

    private EmbeddedPostgres postgres;
    private final boolean durable;
    private Path binaries;
    private Path dataDirectory;

    public PostgresResource() {
        this(false);
    }

    private PostgresResource(boolean durable) {
        this.durable = durable;
    }

    /**
     * A PostgreSQL that keeps what it acknowledged when it crashes, as production does: zonky's
     * embedded server turns {@code synchronous_commit} off for speed, which lets an immediate stop lose
     * the last commits it had already confirmed. Fault tests that stop it use this one.
     */
    public static PostgresResource durable() {
        return new PostgresResource(true);
    }

    @Override
    public Map<String, String> start() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (durable) {
                builder.setServerConfig("synchronous_commit", "on");
            }
            postgres = builder.start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role " + OWNER + " login password '" + OWNER_PASSWORD + "'");
                s.execute("create role " + RUNTIME + " login password '" + RUNTIME_PASSWORD + "'");
                s.execute("create database " + DATABASE + " owner " + OWNER);
            }
            try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection();
                    Statement s = c.createStatement()) {
                s.execute("alter schema public owner to " + OWNER);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start embedded PostgreSQL", e);
        }
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", RUNTIME,
                "quarkus.datasource.password", RUNTIME_PASSWORD,
                "quarkus.flyway.username", OWNER,
                "quarkus.flyway.password", OWNER_PASSWORD,
                "quarkus.flyway.placeholders.runtime_role", RUNTIME,
                "haven.test.superuser-url", url + "?user=postgres");
    }

    /**
     * Stops the server at once, as a crash would ({@code pg_ctl stop -m immediate}: every server process
     * quits without a checkpoint; the next start recovers from the write-ahead log).
     */
    public void crash() throws IOException, InterruptedException {
        locate();
        pgCtl(List.of("-D", dataDirectory.toString(), "-m", "immediate", "-w", "stop"));
    }

    /** Starts the server again on the same data directory and port, after {@link #crash()}. */
    public void restart() throws IOException, InterruptedException {
        String options = "-p " + postgres.getPort() + " -c timezone=UTC -c max_connections=300 -c synchronous_commit="
                + (durable ? "on" : "off");
        pgCtl(List.of("-D", dataDirectory.toString(), "-o", options, "-l",
                Path.of("target", "postgres-restarts.log").toAbsolutePath().toString(), "-w", "-t", "60", "start"));
    }

    /** The data directory and the binaries of the running server, from the server itself. */
    private void locate() throws IOException {
        if (dataDirectory != null) {
            return;
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select current_setting('data_directory')")) {
            r.next();
            dataDirectory = Path.of(r.getString(1));
        } catch (SQLException e) {
            throw new IOException("could not ask PostgreSQL for its data directory", e);
        }
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        binaries = Path.of("/proc", String.valueOf(postmaster), "exe").toRealPath().getParent();
    }

    private void pgCtl(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; zonky starts it in a user namespace the same way
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binaries.resolve("pg_ctl").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target", "pg_ctl.log")));
        // pg_ctl finds its libraries beside its binaries, as zonky starts it
        builder.environment().put("LD_LIBRARY_PATH", binaries.resolveSibling("lib").toString());
        Process pgCtl = builder.start();
        if (!pgCtl.waitFor(90, TimeUnit.SECONDS) || pgCtl.exitValue() != 0) {
            pgCtl.destroyForcibly();
            throw new IOException("pg_ctl " + arguments.get(arguments.size() - 1) + " failed: see target/pg_ctl.log");
        }
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException("could not stop embedded PostgreSQL", e);
            }
        }
    }
}
