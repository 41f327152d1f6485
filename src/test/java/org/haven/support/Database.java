package org.haven.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Direct JDBC connections to the test database as each of its roles (for tests of the database itself). */
public final class Database {

    private Database() {
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }

    /** The PostgreSQL superuser: can bypass triggers, as an attacker with full database access could. */
    public static Connection asSuperuser() throws SQLException {
        return DriverManager.getConnection(config().getValue("haven.test.superuser-url", String.class));
    }

    /** The application's runtime role. */
    public static Connection asRuntimeRole() throws SQLException {
        return DriverManager.getConnection(config().getValue("quarkus.datasource.jdbc.url", String.class),
                config().getValue("quarkus.datasource.username", String.class),
                config().getValue("quarkus.datasource.password", String.class));
    }

    /** The migration owner (owns the tables). */
    public static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(config().getValue("quarkus.datasource.jdbc.url", String.class),
                config().getValue("quarkus.flyway.username", String.class),
                config().getValue("quarkus.flyway.password", String.class));
    }
}
