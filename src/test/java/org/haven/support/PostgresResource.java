package org.haven.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

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

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
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
