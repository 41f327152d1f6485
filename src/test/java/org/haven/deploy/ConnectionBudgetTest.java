package org.haven.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

import org.haven.deploy.CustomResources.Cluster;
import org.haven.deploy.CustomResources.Keycloak;

/**
 * Every pool fits its database at the worst moment: the autoscaler at its maximum during a rolling update.
 * A pool that asks for more connections than PostgreSQL's max_connections allows gets "too many clients"
 * errors exactly when the service is busiest. The figures come from the rendered manifests and
 * application.properties (docs/operations.md#database-connections).
 */
class ConnectionBudgetTest {

    static final List<String> OVERLAYS = Rendering.ALL;

    /** PostgreSQL's default max_connections, used when a Cluster does not set it. */
    private static final int POSTGRES_DEFAULT_MAX_CONNECTIONS = 100;
    /** PostgreSQL's default superuser_reserved_connections (CloudNativePG keeps it). */
    private static final int POSTGRES_DEFAULT_SUPERUSER_RESERVED = 3;
    /**
     * Flyway's own connections (as the migration owner, outside the pool) while a replica starts; counted for
     * every replica, an upper bound.
     */
    private static final int FLYWAY_CONNECTIONS = 2;
    /**
     * Connections that are not Haven's or Keycloak's: CloudNativePG's instance manager and metrics exporter, a
     * Barman Cloud backup, an operator's psql or pg_dump.
     */
    static final int HEADROOM = 10;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void havensPoolsFitItsDatabaseAtTheAutoscalerMaximumDuringARollingUpdate(String overlay) throws IOException {
        Rendering rendering = Rendering.of(overlay);
        Deployment deployment = rendering.one(Deployment.class, "haven");
        HorizontalPodAutoscaler hpa = rendering.one(HorizontalPodAutoscaler.class, "haven");
        int maxReplicas = hpa.getSpec().getMaxReplicas();
        int surge = surge(deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge(), maxReplicas);
        int pods = maxReplicas + surge;
        int pool = poolMaxSize(havenContainer(deployment));

        Cluster database = rendering.one(Cluster.class, "haven-postgres");
        int needed = pods * (pool + FLYWAY_CONNECTIONS) + reserved(database) + HEADROOM;
        int available = maxConnections(database);
        assertTrue(needed <= available, overlay + ": (" + maxReplicas + " replicas + " + surge + " surge) x (pool "
                + pool + " + Flyway " + FLYWAY_CONNECTIONS + ") + reserved " + reserved(database) + " + headroom "
                + HEADROOM + " = " + needed + " > max_connections " + available);
        assertNotNull(parameters(database).get("max_connections"),
                overlay + ": haven-postgres sets max_connections instead of trusting the default");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void keycloaksPoolsFitItsDatabase(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        Keycloak keycloak = rendering.only(Keycloak.class);
        Integer pool = keycloak.spec().db().poolMaxSize();
        assertNotNull(pool, overlay + ": Keycloak's pool is sized (its default, 100 per instance, fits no default "
                + "database)");
        Cluster database = rendering.one(Cluster.class, keycloak.spec().db().host().replaceFirst("-rw$", ""));
        // The operator replaces Keycloak's pods one at a time (a StatefulSet): no surge.
        int needed = keycloak.spec().instances() * pool + reserved(database) + HEADROOM;
        assertTrue(needed <= maxConnections(database), overlay + ": " + keycloak.spec().instances() + " x " + pool
                + " + reserved + headroom = " + needed + " > max_connections " + maxConnections(database));
    }

    /** The production pool size as the container sees it: its environment, else application.properties. */
    private static int poolMaxSize(Container haven) throws IOException {
        for (EnvVar env : haven.getEnv()) {
            if (env.getName().equals("QUARKUS_DATASOURCE_JDBC_MAX_SIZE")) {
                assertNotNull(env.getValue(), "the pool size is a plain value");
                return Integer.parseInt(env.getValue());
            }
        }
        ApplicationProperties properties = ApplicationProperties.read();
        assertTrue(properties.has("prod", "quarkus.datasource.jdbc.max-size"),
                "application.properties sizes the production pool (Quarkus' default is 20)");
        return Integer.parseInt(properties.value("prod", "quarkus.datasource.jdbc.max-size"));
    }

    private static int surge(IntOrString maxSurge, int replicas) {
        if (maxSurge == null) {
            return (int) Math.ceil(replicas * 0.25); // the Deployment default, 25%
        }
        if (maxSurge.getIntVal() != null) {
            return maxSurge.getIntVal();
        }
        String percent = maxSurge.getStrVal();
        assertTrue(percent.endsWith("%"), "maxSurge " + percent);
        return (int) Math.ceil(replicas * Integer.parseInt(percent.substring(0, percent.length() - 1)) / 100.0);
    }

    private static Map<String, String> parameters(Cluster cluster) {
        var postgresql = cluster.spec().postgresql();
        return postgresql == null || postgresql.parameters() == null ? Map.of() : postgresql.parameters();
    }

    private static int maxConnections(Cluster cluster) {
        return Integer.parseInt(parameters(cluster).getOrDefault("max_connections",
                String.valueOf(POSTGRES_DEFAULT_MAX_CONNECTIONS)));
    }

    private static int reserved(Cluster cluster) {
        Map<String, String> parameters = parameters(cluster);
        return Integer.parseInt(parameters.getOrDefault("superuser_reserved_connections",
                String.valueOf(POSTGRES_DEFAULT_SUPERUSER_RESERVED)))
                + Integer.parseInt(parameters.getOrDefault("reserved_connections", "0"));
    }

    private static Container havenContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), "one container");
        return containers.get(0);
    }
}
