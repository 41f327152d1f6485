package org.haven.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import org.haven.deploy.CustomResources.BackendTrafficPolicy;
import org.haven.deploy.CustomResources.Cluster;
import org.haven.deploy.CustomResources.Gateway;
import org.haven.deploy.CustomResources.HttpRoute;
import org.haven.deploy.CustomResources.Keycloak;
import org.haven.deploy.CustomResources.ObjectStore;
import org.haven.deploy.CustomResources.ScheduledBackup;

/**
 * The NetworkPolicies of each rendering, read as the connections they allow: which pod (or which pods of
 * another namespace) may open a connection to which pod, on which port. A pod that no policy selects
 * accepts and opens anything, so every pod a rendering runs must be selected in both directions.
 *
 * <p>Pods of the custom resources are those the operators create: CloudNativePG labels every instance and
 * job pod {@code cnpg.io/cluster: <name>}, the Keycloak Operator labels its server pods
 * {@code app: keycloak}, {@code app.kubernetes.io/managed-by: keycloak-operator} and
 * {@code app.kubernetes.io/instance: <name>}. Selectors are read as matchLabels only; a matchExpression
 * fails the test rather than being misread.
 */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Rendering.ALL;

    private static final String CNPG_OPERATOR = "namespace cnpg-system pods {app.kubernetes.io/name=cloudnative-pg}";
    private static final String GATEWAY = "namespace " + DeploymentManifestsTest.GATEWAY_NAMESPACE;
    private static final String MONITORING = "namespace " + DeploymentManifestsTest.MONITORING_NAMESPACE;
    private static final String DNS = "namespace kube-system pods {k8s-app=kube-dns}";

    /**
     * Kinds that start no pods here. A ScheduledBackup runs in the instance pods (the Barman Cloud sidecar); Envoy
     * Gateway runs a Gateway's proxies in its own namespace (envoy-gateway-system), which the policies name.
     */
    private static final Set<Class<?>> RUN_NO_PODS = Set.of(Namespace.class, ServiceAccount.class, Service.class,
            PodDisruptionBudget.class, HorizontalPodAutoscaler.class, NetworkPolicy.class, Gateway.class,
            HttpRoute.class, BackendTrafficPolicy.class, ScheduledBackup.class, ObjectStore.class);

    record Pod(String name, Map<String, String> labels) {
    }

    /** The pods a rendering runs, named after the resource that makes them. */
    static List<Pod> pods(Rendering rendering) {
        List<Pod> pods = new ArrayList<>();
        for (Object resource : rendering.resources()) {
            String name = Manifests.metadata(resource).getName();
            if (resource instanceof Deployment deployment) {
                pods.add(new Pod(name, deployment.getSpec().getTemplate().getMetadata().getLabels()));
            } else if (resource instanceof Cluster) {
                pods.add(new Pod(name, Map.of("cnpg.io/cluster", name)));
            } else if (resource instanceof Keycloak) {
                pods.add(new Pod(name, Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator",
                        "app.kubernetes.io/instance", name)));
            } else if (!RUN_NO_PODS.contains(resource.getClass())) {
                throw new AssertionError(rendering.overlay() + ": which pods does " + resource.getClass().getSimpleName()
                        + "/" + name + " run? Name them here, and give them a NetworkPolicy");
            }
        }
        return pods;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPodTheRenderingRunsIsIsolatedInBothDirections(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        List<Pod> pods = pods(rendering);
        assertTrue(pods.size() >= 4, "sanity: Haven, two databases, Keycloak: " + pods);
        for (Pod pod : pods) {
            for (String direction : List.of("Ingress", "Egress")) {
                assertTrue(policiesSelecting(rendering, pod, direction).findAny().isPresent(),
                        overlay + ": no NetworkPolicy restricts " + direction + " of the pods of " + pod.name());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noPolicyAdmitsTrafficFromEverywhereOrOpensEveryDestination(String overlay) {
        for (NetworkPolicy policy : Rendering.of(overlay).all(NetworkPolicy.class)) {
            String where = overlay + ": NetworkPolicy " + policy.getMetadata().getName();
            var spec = policy.getSpec();
            assertFalse(spec.getPodSelector().getMatchLabels().isEmpty(), where + " selects pods by label");
            assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(spec.getPolicyTypes()), where + ": both directions");
            for (var rule : spec.getIngress()) {
                assertFalse(rule.getFrom().isEmpty(), where + ": an ingress rule without 'from' admits every source");
                assertFalse(rule.getPorts().isEmpty(), where + ": an ingress rule without ports admits every port");
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    assertNull(peer.getIpBlock(), where + ": sources are pods or named namespaces, not address blocks");
                    assertNamed(peer, where);
                }
            }
            for (var rule : spec.getEgress()) {
                assertFalse(rule.getTo().isEmpty(), where + ": an egress rule without 'to' allows every destination");
                assertFalse(rule.getPorts().isEmpty(), where + ": an egress rule without ports allows every port");
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    if (peer.getIpBlock() != null) {
                        // Only the database pods need peers without pod labels: the Kubernetes API and the object store.
                        assertTrue(spec.getPodSelector().getMatchLabels().containsKey("cnpg.io/cluster"),
                                where + ": only database pods may reach address blocks");
                        assertTrue(Set.of(443, 6443).containsAll(ports(rule.getPorts())),
                                where + ": address blocks only on HTTPS (object store, Kubernetes API)");
                    } else {
                        assertNamed(peer, where);
                    }
                }
            }
        }
    }

    /** A peer names its pods or its namespace: an empty selector would mean "all pods" or "all namespaces". */
    private static void assertNamed(NetworkPolicyPeer peer, String where) {
        if (peer.getNamespaceSelector() != null) {
            assertEquals(Set.of("kubernetes.io/metadata.name"), peer.getNamespaceSelector().getMatchLabels().keySet(),
                    where + ": a namespace is named by kubernetes.io/metadata.name, not " + peer.getNamespaceSelector());
        } else {
            assertNotNull(peer.getPodSelector(), where + ": a peer without selector");
            assertFalse(peer.getPodSelector().getMatchLabels().isEmpty(), where + ": an empty podSelector is every pod");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachDatabaseAcceptsPostgresOnlyFromItsClientItsOwnInstancesAndTheOperator(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        Map<String, String> clients = databaseClients(rendering);
        assertEquals(Set.of("haven-postgres", "keycloak-postgres"), clients.keySet(), overlay + ": sanity");
        for (Cluster cluster : rendering.all(Cluster.class)) {
            String name = cluster.metadata().getName();
            Pod database = pod(rendering, name);
            String client = clients.get(name);
            assertEquals(Set.of(client, name, CNPG_OPERATOR), sources(rendering, database, 5432),
                    overlay + ": who may connect to " + name + " on 5432");
            assertEquals(Set.of(name, CNPG_OPERATOR), sources(rendering, database, 8000),
                    overlay + ": who may ask " + name + "'s instance manager (8000)");
            for (int port : List.of(5433, 8080, 9187)) {
                assertEquals(Set.of(), sources(rendering, database, port), overlay + ": " + name + " port " + port);
            }
            assertTrue(destinations(rendering, pod(rendering, client), 5432).contains(name),
                    overlay + ": " + client + " may open its connection to " + name);
            assertEquals(Set.of(name + ":5432", name + ":8000", DNS + ":53"), labelledDestinations(rendering, database),
                    overlay + ": " + name + " reaches its own instances and DNS (and, by address, HTTPS)");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void havenAcceptsTheApiFromTheGatewayAndItsManagementPortFromMonitoringOnly(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        Pod haven = pod(rendering, "haven");
        assertEquals(Set.of(GATEWAY), sources(rendering, haven, 8080), overlay + ": who may call the API");
        assertEquals(Set.of(MONITORING), sources(rendering, haven, 9000),
                overlay + ": who may scrape metrics (probes come from the node)");
        for (int port : List.of(5005, 8443, 9001)) {
            assertEquals(Set.of(), sources(rendering, haven, port), overlay + ": Haven port " + port);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void keycloakAcceptsHttpOnlyFromTheGatewayAndHavenAndReachesOnlyItsDatabaseDnsAndItself(
            String overlay) {
        Rendering rendering = Rendering.of(overlay);
        Keycloak keycloak = rendering.only(Keycloak.class);
        Pod server = pod(rendering, keycloak.metadata().getName());
        assertNotNull(keycloak.spec().networkPolicy(), overlay + ": the operator's NetworkPolicy is configured");
        assertEquals(Boolean.FALSE, keycloak.spec().networkPolicy().enabled(),
                overlay + ": the operator's own NetworkPolicy admits HTTP from everywhere and would add to ours");

        for (int port : List.of(8080, 8443)) {
            assertEquals(Set.of(GATEWAY, "haven"), sources(rendering, server, port),
                    overlay + ": who may reach Keycloak on " + port);
        }
        for (int port : List.of(7800, 57800)) {
            assertEquals(Set.of(server.name()), sources(rendering, server, port), overlay + ": clustering port " + port);
        }
        assertEquals(Set.of(), sources(rendering, server, 9000), overlay + ": management port (probes come from the node)");
        assertTrue(destinations(rendering, pod(rendering, "haven"), 8080).contains(server.name()),
                overlay + ": Haven may fetch the discovery document and keys");

        String database = keycloak.spec().db().host().replaceFirst("-rw$", "");
        assertEquals(Set.of(database + ":5432", server.name() + ":7800", server.name() + ":57800", DNS + ":53"),
                labelledDestinations(rendering, server), overlay + ": Keycloak reaches its database, DNS and itself");
        assertTrue(rendering.one(NetworkPolicy.class, "keycloak").getSpec().getEgress().stream()
                .flatMap(rule -> rule.getTo().stream()).allMatch(peer -> peer.getIpBlock() == null),
                overlay + ": Keycloak reaches no address block");
    }

    // Reading the policies

    /** Rendered pods, by name, that may connect to the target on the port, plus descriptions of outside peers. */
    private static Set<String> sources(Rendering rendering, Pod target, int port) {
        Set<String> sources = new TreeSet<>();
        policiesSelecting(rendering, target, "Ingress").forEach(policy -> policy.getSpec().getIngress().stream()
                .filter(rule -> rule.getPorts().isEmpty() || ports(rule.getPorts()).contains(port))
                .forEach(rule -> {
                    if (rule.getFrom().isEmpty()) {
                        sources.add("everywhere");
                    }
                    rule.getFrom().forEach(peer -> sources.addAll(peers(rendering, peer)));
                }));
        return sources;
    }

    /** Rendered pods, by name, the source may connect to on the port, plus descriptions of outside peers. */
    private static Set<String> destinations(Rendering rendering, Pod source, int port) {
        Set<String> destinations = new TreeSet<>();
        policiesSelecting(rendering, source, "Egress").forEach(policy -> policy.getSpec().getEgress().stream()
                .filter(rule -> rule.getPorts().isEmpty() || ports(rule.getPorts()).contains(port))
                .forEach(rule -> rule.getTo().forEach(peer -> destinations.addAll(peers(rendering, peer)))));
        return destinations;
    }

    /** Every "destination:port" the source may reach, except address blocks (checked apart). */
    private static Set<String> labelledDestinations(Rendering rendering, Pod source) {
        Set<String> flows = new TreeSet<>();
        policiesSelecting(rendering, source, "Egress").forEach(policy -> policy.getSpec().getEgress()
                .forEach(rule -> rule.getTo().stream().filter(peer -> peer.getIpBlock() == null)
                        .forEach(peer -> peers(rendering, peer).forEach(destination -> ports(rule.getPorts())
                                .forEach(port -> flows.add(destination + ":" + port))))));
        return flows;
    }

    private static java.util.stream.Stream<NetworkPolicy> policiesSelecting(Rendering rendering, Pod pod,
            String direction) {
        return rendering.all(NetworkPolicy.class).stream()
                .filter(policy -> policy.getSpec().getPolicyTypes().contains(direction))
                .filter(policy -> matches(policy.getSpec().getPodSelector(), pod.labels()));
    }

    /** The rendered pods a peer in this namespace matches, or a description of a peer outside it. */
    private static Set<String> peers(Rendering rendering, NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return Set.of("ipBlock " + peer.getIpBlock().getCidr());
        }
        if (peer.getNamespaceSelector() != null) {
            String description = "namespace " + peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
            if (peer.getPodSelector() != null) {
                description += " pods " + new TreeMap<>(peer.getPodSelector().getMatchLabels());
            }
            return Set.of(description);
        }
        Set<String> names = new TreeSet<>();
        pods(rendering).stream().filter(pod -> matches(peer.getPodSelector(), pod.labels()))
                .forEach(pod -> names.add(pod.name()));
        return names;
    }

    private static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new AssertionError("matchExpressions are not read by this test; select with matchLabels: " + selector);
        }
        return labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    private static Set<Integer> ports(List<NetworkPolicyPort> ports) {
        Set<Integer> numbers = new TreeSet<>();
        for (NetworkPolicyPort port : ports) {
            assertNotNull(port.getPort().getIntVal(), "ports by number, not by name: " + port);
            assertNull(port.getEndPort(), "single ports, not ranges: " + port);
            numbers.add(port.getPort().getIntVal());
        }
        return numbers;
    }

    private static Pod pod(Rendering rendering, String name) {
        return pods(rendering).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(rendering.overlay() + ": no pods of " + name));
    }

    /** Database cluster name to the pods that use it, from the connection settings of Haven and Keycloak. */
    private static Map<String, String> databaseClients(Rendering rendering) {
        Map<String, String> clients = new TreeMap<>();
        String url = rendering.one(Deployment.class, "haven").getSpec().getTemplate().getSpec().getContainers().stream()
                .flatMap(c -> c.getEnv().stream()).filter(e -> e.getName().equals("HAVEN_DB_URL")).findFirst()
                .orElseThrow().getValue();
        clients.put(url.replaceFirst("^jdbc:postgresql://([^:/]+)-rw[:/].*$", "$1"), "haven");
        Keycloak keycloak = rendering.only(Keycloak.class);
        clients.put(keycloak.spec().db().host().replaceFirst("-rw$", ""), keycloak.metadata().getName());
        return clients;
    }
}
