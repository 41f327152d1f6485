package org.haven.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import org.haven.deploy.CustomResources.BackendTrafficPolicy;
import org.haven.deploy.CustomResources.Cluster;
import org.haven.deploy.CustomResources.Gateway;
import org.haven.deploy.CustomResources.HttpBackendRef;
import org.haven.deploy.CustomResources.HttpRoute;
import org.haven.deploy.CustomResources.HttpRouteMatch;
import org.haven.deploy.CustomResources.HttpRouteRule;
import org.haven.deploy.CustomResources.Keycloak;
import org.haven.deploy.CustomResources.Listener;
import org.haven.deploy.CustomResources.ObjectStore;
import org.haven.deploy.CustomResources.PluginConfiguration;
import org.haven.deploy.CustomResources.ScheduledBackup;

/**
 * The hand-written Kubernetes material in deploy/kubernetes, checked without a cluster: every file
 * parses strictly into a typed model, every kustomization renders, and what the renderings deploy
 * holds Haven's security and availability rules together (docs: deploy/kubernetes/README.md).
 */
class DeploymentManifestsTest {

    static final List<String> OVERLAYS = Rendering.ALL;

    private static final String HAVEN = "haven";
    /** Where Envoy Gateway runs the Gateway's proxies (deploy/kubernetes/README.md, Prerequisites). */
    static final String GATEWAY_NAMESPACE = "envoy-gateway-system";
    /** Where Prometheus runs: the only source admitted to the management interface. */
    static final String MONITORING_NAMESPACE = "monitoring";
    /** The Barman Cloud Plugin's name, in the Cluster's spec.plugins and the ScheduledBackup's pluginConfiguration. */
    private static final String BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";
    private static final Path README = Manifests.KUBERNETES.resolve("README.md");
    private static final Path APPLICATION_PROPERTIES = Path.of("src", "main", "resources", "application.properties");

    // Parsing

    @Test
    void everyManifestParsesIntoItsTypedModel() {
        List<Path> files = Manifests.yamlFiles(Manifests.KUBERNETES);
        assertTrue(files.size() >= 20, "sanity: the manifests are there: " + files);
        for (Path file : files) {
            for (ObjectNode document : Manifests.readDocuments(file)) {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    Kustomization kustomization = Manifests.typed(document, Kustomization.class, file.toString());
                    kustomization.getPatches().stream()
                            .filter(p -> p.getPatch() != null)
                            .forEach(p -> Manifests.typed(Manifests.readTree(p.getPatch(), file.toString()),
                                    JsonPatchOperation[].class, file + " inline patch"));
                } else {
                    Manifests.typed(document, file.toString());
                }
            }
        }
    }

    record JsonPatchOperation(String op, String path, JsonNode value) {
    }

    /** Deprecated since CloudNativePG 1.26; the Barman Cloud Plugin replaces it. Its return fails the parse. */
    @Test
    void theDeprecatedInTreeBackupConfigurationIsRefused() {
        for (String file : List.of("base/postgres-cluster.yaml", "base/keycloak-postgres-cluster.yaml")) {
            ObjectNode cluster = Manifests.readDocuments(Manifests.KUBERNETES.resolve(file)).get(0);
            ((ObjectNode) cluster.path("spec")).putObject("backup").putObject("barmanObjectStore")
                    .put("destinationPath", "s3://bucket/path");
            AssertionError error = assertThrows(AssertionError.class, () -> Manifests.typed(cluster, file));
            assertTrue(error.getMessage().contains("backup"), error.getMessage());
        }
    }

    @Test
    void aMisspeltFieldFailsTheTypedParse() throws IOException {
        assertMisspellingFails("base/deployment.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFileSystem: true");
        assertMisspellingFails("base/networkpolicy.yaml", "policyTypes:", "policyType:");
        assertMisspellingFails("base/postgres-cluster.yaml", "dataDurability:", "dataDurabilty:");
        assertMisspellingFails("base/keycloak.yaml", "backchannelDynamic:", "backchanelDynamic:");
        assertMisspellingFails("base/keycloak.yaml", "networkPolicy:", "networkPolicies:");
        assertMisspellingFails("base/postgres-cluster.yaml", "isWALArchiver:", "isWalArchiver:");
        assertMisspellingFails("base/postgres-objectstore.yaml", "retentionPolicy:", "retention:");
        assertMisspellingFails("base/postgres-objectstore.yaml", "destinationPath:", "destinationPat:");
        assertMisspellingFails("base/postgres-scheduledbackup.yaml", "pluginConfiguration:", "pluginConfig:");
        assertMisspellingFails("overlays/prod/haven-hpa.yaml", "minReplicas: 3", "minReplicas: \"3\"");
        assertMisspellingFails("base/gateway.yaml", "certificateRefs:", "certificateRef:");
        assertMisspellingFails("base/httproute.yaml", "backendRefs:", "backendRef:");
        assertMisspellingFails("base/httproute.yaml", "sourceCIDR:", "sourceCidr:");
        assertMisspellingFails("base/keycloak-httproute.yaml", "sectionName:", "section:");
        AssertionError error = assertThrows(AssertionError.class, () -> Manifests.typed(
                Manifests.readTree("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresource: []\n",
                        "kustomization"), Kustomization.class, "kustomization"));
        assertTrue(error.getMessage().contains("resource"), error.getMessage());
    }

    private static void assertMisspellingFails(String file, String correct, String misspelt) throws IOException {
        String text = Files.readString(Manifests.KUBERNETES.resolve(file));
        assertTrue(text.contains(correct), file + " should contain " + correct);
        // every document of the file, since the misspelling may be in any of them
        List<JsonNode> documents = Manifests.YAML.readerFor(JsonNode.class)
                .<JsonNode>readValues(text.replace(correct, misspelt)).readAll();
        AssertionError error = assertThrows(AssertionError.class, () -> documents.forEach(d -> Manifests.typed(d, file)));
        assertTrue(error.getMessage().contains(file), error.getMessage());
    }

    @Test
    void everyManifestFileIsUsedByAKustomization() {
        Set<Path> used = new HashSet<>();
        for (Path file : Manifests.yamlFiles(Manifests.KUBERNETES)) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                used.add(file.normalize());
                Kustomization k = Manifests.typed(Manifests.readDocuments(file).get(0), Kustomization.class,
                        file.toString());
                Stream.concat(k.getResources().stream(),
                        k.getPatches().stream().map(p -> p.getPath()).filter(Objects::nonNull))
                        .map(entry -> file.getParent().resolve(entry).normalize())
                        .forEach(used::add);
            }
        }
        List<Path> unused = Manifests.yamlFiles(Manifests.KUBERNETES).stream()
                .map(Path::normalize)
                .filter(p -> !used.contains(p))
                .toList();
        assertEquals(List.of(), unused, "files no kustomization includes");
    }

    // Rendering

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyKustomizationRendersAllOfHaven(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        assertAll(
                () -> rendering.one(Deployment.class, HAVEN),
                () -> rendering.one(ServiceAccount.class, HAVEN),
                () -> rendering.one(Service.class, HAVEN),
                () -> rendering.one(Service.class, "haven-management"),
                () -> rendering.one(PodDisruptionBudget.class, HAVEN),
                () -> rendering.one(HorizontalPodAutoscaler.class, HAVEN),
                () -> rendering.one(NetworkPolicy.class, HAVEN),
                () -> rendering.one(Gateway.class, HAVEN),
                () -> rendering.one(HttpRoute.class, HAVEN),
                () -> rendering.one(HttpRoute.class, "keycloak"),
                () -> assertEquals(2, rendering.all(BackendTrafficPolicy.class).size()),
                () -> rendering.one(Cluster.class, "haven-postgres"),
                () -> rendering.one(Cluster.class, "keycloak-postgres"),
                () -> assertEquals(2, rendering.all(ObjectStore.class).size()),
                () -> rendering.only(Keycloak.class),
                () -> assertEquals(2, rendering.all(ScheduledBackup.class).size()));
        if (!overlay.equals("base")) {
            String namespace = rendering.only(Namespace.class).getMetadata().getName();
            for (Object resource : rendering.resources()) {
                if (!(resource instanceof Namespace)) {
                    assertEquals(namespace, Manifests.metadata(resource).getNamespace(),
                            overlay + ": everything in namespace " + namespace);
                }
            }
        }
    }

    // Secrets

    @Test
    void noSecretValueLivesInTheRepository() throws IOException {
        Pattern secretValue = Pattern.compile(
                "(?im)^\\s*-?\\s*(password|token|private-key|privateKey|ACCESS_KEY_ID|ACCESS_SECRET_KEY)\\s*:\\s*\\S");
        for (Path file : Manifests.yamlFiles(Manifests.DEPLOY)) {
            for (ObjectNode document : Manifests.readDocuments(file)) {
                String kind = document.path("kind").asText();
                assertFalse(kind.equals("Secret") || kind.equals("ConfigMap"),
                        file + ": Secrets are created outside the repository (README), not kept in it");
            }
            String text = Files.readString(file);
            assertFalse(secretValue.matcher(text).find(), file + " seems to hold a secret value");
            assertFalse(text.contains("PRIVATE KEY"), file + " holds a private key");
        }
    }

    @Test
    void everySecretTheManifestsReadIsDocumentedWithItsKeys() throws IOException {
        Rendering rendering = Rendering.of("overlays/prod");
        Map<String, Set<String>> secrets = secretReferences(rendering);
        assertTrue(secrets.keySet().containsAll(Set.of("haven-db-app", "haven-db-owner", "haven-oidc",
                "haven-audit-signing", "haven-protection-keks", "haven-backup-s3")), "sanity: " + secrets.keySet());
        List<String> lines = Files.readAllLines(README);
        secrets.forEach((name, keys) -> {
            List<String> rows = lines.stream().filter(l -> l.startsWith("|") && l.contains("`" + name + "`")).toList();
            assertFalse(rows.isEmpty(), README + " has no table row for the Secret " + name);
            for (String key : keys) {
                assertTrue(rows.stream().anyMatch(row -> row.contains("`" + key + "`")),
                        README + ": the row of " + name + " does not name its key " + key);
            }
        });
    }

    /** Secret name to the keys the rendering reads from it. */
    private static Map<String, Set<String>> secretReferences(Rendering rendering) {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        for (Deployment deployment : rendering.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        add(secrets, env.getValueFrom().getSecretKeyRef());
                    }
                }
                assertTrue(container.getEnvFrom().isEmpty(), "env is mapped variable by variable");
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getSecret() != null) {
                    volume.getSecret().getItems().forEach(item -> secrets
                            .computeIfAbsent(volume.getSecret().getSecretName(), n -> new TreeSet<>())
                            .add(item.getKey()));
                }
            }
        }
        for (Cluster cluster : rendering.all(Cluster.class)) {
            var spec = cluster.spec();
            if (spec.bootstrap().initdb().secret() != null) {
                secrets.computeIfAbsent(spec.bootstrap().initdb().secret().getName(), n -> new TreeSet<>())
                        .addAll(List.of("username", "password"));
            }
            if (spec.managed() != null) {
                spec.managed().roles().forEach(role -> secrets
                        .computeIfAbsent(role.passwordSecret().getName(), n -> new TreeSet<>())
                        .addAll(List.of("username", "password")));
            }
        }
        for (ObjectStore store : rendering.all(ObjectStore.class)) {
            var credentials = store.spec().configuration().s3Credentials();
            add(secrets, credentials.accessKeyId());
            add(secrets, credentials.secretAccessKey());
        }
        for (Keycloak keycloak : rendering.all(Keycloak.class)) {
            add(secrets, keycloak.spec().db().usernameSecret());
            add(secrets, keycloak.spec().db().passwordSecret());
        }
        for (Gateway gateway : rendering.all(Gateway.class)) {
            gateway.spec().listeners().forEach(listener -> listener.tls().certificateRefs().forEach(ref -> secrets
                    .computeIfAbsent(ref.name(), n -> new TreeSet<>()).addAll(List.of("tls.crt", "tls.key"))));
        }
        return secrets;
    }

    private static void add(Map<String, Set<String>> secrets, SecretKeySelector selector) {
        secrets.computeIfAbsent(selector.getName(), n -> new TreeSet<>()).add(selector.getKey());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void havenGetsEveryProductionVariableAndSecretsOnlyFromSecrets(String overlay) throws IOException {
        Container haven = havenContainer(Rendering.of(overlay));
        Map<String, EnvVar> env = haven.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        Set<String> expected = productionVariables();
        assertTrue(expected.containsAll(Set.of("HAVEN_DB_URL", "HAVEN_OIDC_ISSUER", "HAVEN_AUDIT_SIGNING_PRIVATE_KEY",
                "HAVEN_PROTECTION_PRIMARY_KEK")), "sanity: " + expected);
        for (String name : expected) {
            assertTrue(env.containsKey(name), overlay + ": " + name + " is not set (application.properties reads it)");
        }
        Set<String> plain = Set.of("HAVEN_DB_URL", "HAVEN_PROTECTION_PRIMARY_KEK");
        for (EnvVar variable : env.values()) {
            if (variable.getName().startsWith("HAVEN_") && !plain.contains(variable.getName())) {
                assertNull(variable.getValue(), overlay + ": " + variable.getName() + " must come from a Secret");
                assertNotNull(variable.getValueFrom().getSecretKeyRef(), overlay + ": " + variable.getName());
            }
        }
        String primary = env.get("HAVEN_PROTECTION_PRIMARY_KEK").getValue();
        assertTrue(primary.matches("[a-z0-9]{1,32}"), "KEK ids are lower-case letters and digits: " + primary);
        assertTrue(env.containsKey("HAVEN_PROTECTION_KEKS_" + primary.toUpperCase()),
                overlay + ": the primary KEK " + primary + " must be configured, or Haven does not start");
        env.keySet().stream().filter(n -> n.startsWith("HAVEN_PROTECTION_KEKS_")).forEach(n -> assertTrue(
                n.substring("HAVEN_PROTECTION_KEKS_".length()).matches("[A-Z0-9]{1,32}"), "KEK variable " + n));
    }

    /** Every HAVEN_* variable that application.properties reads in the prod profile. */
    private static Set<String> productionVariables() throws IOException {
        Pattern variable = Pattern.compile("\\$\\{(HAVEN_[A-Z0-9_]+)");
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(APPLICATION_PROPERTIES)) {
            if (line.startsWith("%prod.")) {
                Matcher m = variable.matcher(line);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    // Pod security and health

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerRunsAsNonRootOnAReadOnlyRootWithoutPrivileges(String overlay) {
        for (Deployment deployment : Rendering.of(overlay).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podSecurity = pod.getSecurityContext();
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), overlay + ": no API token in the pod");
            List<Container> containers = new ArrayList<>(pod.getContainers());
            containers.addAll(pod.getInitContainers());
            for (Container container : containers) {
                String where = overlay + ": container " + container.getName();
                SecurityContext security = container.getSecurityContext();
                assertNotNull(security, where + " has no securityContext");
                assertEquals(Boolean.TRUE, security.getRunAsNonRoot(), where + " runAsNonRoot");
                assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), where + " readOnlyRootFilesystem");
                assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), where + " allowPrivilegeEscalation");
                assertNotEquals(Boolean.TRUE, security.getPrivileged(), where + " privileged");
                assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), where + " drops all capabilities");
                assertTrue(security.getCapabilities().getAdd().isEmpty(), where + " adds no capability");
                String seccomp = security.getSeccompProfile() != null ? security.getSeccompProfile().getType()
                        : podSecurity.getSeccompProfile().getType();
                assertEquals("RuntimeDefault", seccomp, where + " seccomp");
                Long user = security.getRunAsUser() != null ? security.getRunAsUser() : podSecurity.getRunAsUser();
                assertTrue(user == null || user > 0, where + " runs as a non-zero user");
                assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")
                        && isEmptyDir(pod, m)), where + ": /tmp is a writable emptyDir");
                assertNotNull(container.getResources().getRequests().get("cpu"), where + " requests cpu");
                assertNotNull(container.getResources().getRequests().get("memory"), where + " requests memory");
                assertNotNull(container.getResources().getLimits().get("memory"), where + " limits memory");
                assertNotNull(container.getResources().getLimits().get("cpu"), where + " limits cpu");
            }
        }
    }

    private static boolean isEmptyDir(PodSpec pod, VolumeMount mount) {
        return pod.getVolumes().stream().anyMatch(v -> v.getName().equals(mount.getName()) && v.getEmptyDir() != null);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void probesAskQuarkusHealthOnTheManagementPort(String overlay) throws IOException {
        Container haven = havenContainer(Rendering.of(overlay));
        int management = Integer.parseInt(ApplicationProperties.read().value("prod", "quarkus.management.port"));
        assertEquals("true", ApplicationProperties.read().value("prod", "quarkus.management.enabled"),
                "health is on the management interface only when it is enabled");
        assertProbe(haven, haven.getStartupProbe(), "/q/health/started", management, overlay + " startup");
        assertProbe(haven, haven.getReadinessProbe(), "/q/health/ready", management, overlay + " readiness");
        assertProbe(haven, haven.getLivenessProbe(), "/q/health/live", management, overlay + " liveness");
        assertTrue(haven.getStartupProbe().getPeriodSeconds() * haven.getStartupProbe().getFailureThreshold() >= 120,
                overlay + ": the first start (migrations) gets at least two minutes");
        assertEquals(Map.of("http", 8080, "management", management), haven.getPorts().stream()
                .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort)),
                overlay + ": the container declares the API port and the management port");
    }

    private static void assertProbe(Container container, Probe probe, String path, int port, String where) {
        assertNotNull(probe, where + " probe");
        assertNotNull(probe.getHttpGet(), where + " probe is an HTTP GET");
        assertEquals(path, probe.getHttpGet().getPath(), where + " probe path");
        String name = probe.getHttpGet().getPort().getStrVal();
        assertTrue(container.getPorts().stream().anyMatch(p -> p.getName().equals(name) && p.getContainerPort() == port),
                where + " probe port " + name + " is the container's management port " + port);
    }

    // Availability

    /**
     * A rolling update must not cut off requests in flight: the kubelet kills the pod after
     * terminationGracePeriodSeconds, which must cover a preStop sleep (if any), Quarkus' shutdown delay (readiness
     * down, still serving) and its timeout for requests in flight, with room for the rest of the shutdown.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theGracePeriodCoversTheShutdownDelayAndTheWaitForRequestsInFlight(String overlay) throws IOException {
        Rendering rendering = Rendering.of(overlay);
        PodSpec pod = rendering.one(Deployment.class, HAVEN).getSpec().getTemplate().getSpec();
        Container haven = havenContainer(rendering);
        ApplicationProperties properties = ApplicationProperties.read();
        assertEquals("true", properties.value("prod", "quarkus.shutdown.delay-enabled"),
                "without delay-enabled (build time) the delay is ignored");
        Duration delay = QuarkusDuration.parse(setting(haven, properties, "quarkus.shutdown.delay"));
        Duration timeout = QuarkusDuration.parse(setting(haven, properties, "quarkus.shutdown.timeout"));
        assertTrue(delay.toSeconds() >= 3, overlay + ": the gateway gets a few seconds to stop routing: " + delay);
        assertTrue(timeout.toSeconds() >= 30, overlay + ": exports get time to finish: " + timeout);
        long preStop = preStopSleepSeconds(haven);
        long grace = pod.getTerminationGracePeriodSeconds();
        assertTrue(grace >= preStop + delay.toSeconds() + timeout.toSeconds() + 10, overlay
                + ": terminationGracePeriodSeconds " + grace + " < preStop " + preStop + "s + delay " + delay
                + " + timeout " + timeout + " + 10s for the rest of the shutdown");
    }

    /** A Quarkus setting as the container sees it: its environment variable, else application.properties (%prod). */
    private static String setting(Container container, ApplicationProperties properties, String key) {
        String variable = key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        return container.getEnv().stream().filter(e -> e.getName().equals(variable)).map(EnvVar::getValue)
                .findFirst().orElseGet(() -> properties.value("prod", key));
    }

    private static long preStopSleepSeconds(Container container) {
        if (container.getLifecycle() == null || container.getLifecycle().getPreStop() == null) {
            return 0;
        }
        var preStop = container.getLifecycle().getPreStop();
        if (preStop.getSleep() != null) {
            return preStop.getSleep().getSeconds();
        }
        List<String> command = preStop.getExec() == null ? List.of() : preStop.getExec().getCommand();
        assertTrue(command.size() == 2 && command.get(0).equals("sleep"), "a preStop hook is a sleep: " + command);
        return Long.parseLong(command.get(1));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void productionRunsAtLeastTwoReplicasAndTheAutoscalerStartsThere(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        int replicas = rendering.one(Deployment.class, HAVEN).getSpec().getReplicas();
        HorizontalPodAutoscaler hpa = rendering.one(HorizontalPodAutoscaler.class, HAVEN);
        if (rendering.isProductionLike()) {
            assertTrue(replicas >= 2, overlay + ": at least two replicas, got " + replicas);
        }
        assertEquals(replicas, hpa.getSpec().getMinReplicas(),
                overlay + ": minReplicas equals replicas, so that `kubectl apply` does not make the HPA flap");
        assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), overlay + ": room to scale");
        assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName(), overlay + ": scales on CPU");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void disruptionBudgetAndAutoscalerTargetTheDeployment(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        Deployment deployment = rendering.one(Deployment.class, HAVEN);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();

        PodDisruptionBudget pdb = rendering.one(PodDisruptionBudget.class, HAVEN);
        assertEquals(1, pdb.getSpec().getMinAvailable().getIntVal(), overlay + ": minAvailable 1");
        assertTrue(podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()),
                overlay + ": the PDB selects Haven's pods");
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), pdb.getSpec().getSelector().getMatchLabels(),
                overlay + ": and only them");

        var target = rendering.one(HorizontalPodAutoscaler.class, HAVEN).getSpec().getScaleTargetRef();
        assertEquals("apps/v1", target.getApiVersion());
        assertEquals("Deployment", target.getKind());
        assertEquals(HAVEN, target.getName());

        Map<String, Integer> containerPorts = havenContainer(rendering).getPorts().stream()
                .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
        Map<String, Map<Integer, Integer>> services = Map.of(HAVEN, Map.of(8080, 8080),
                "haven-management", Map.of(9000, 9000));
        services.forEach((name, ports) -> {
            Service service = rendering.one(Service.class, name);
            assertEquals(deployment.getSpec().getSelector().getMatchLabels(), service.getSpec().getSelector(),
                    overlay + ": the Service " + name + " selects Haven's pods");
            assertEquals(ports, service.getSpec().getPorts().stream().collect(Collectors.toMap(ServicePort::getPort,
                    p -> containerPorts.get(p.getTargetPort().getStrVal()))),
                    overlay + ": the Service " + name + " exposes only these ports (service port to container port)");
        });
    }

    // Network

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void networkPolicyAdmitsTheApiFromTheGatewayAndManagementFromMonitoringOnly(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        Map<String, String> podLabels = rendering.one(Deployment.class, HAVEN).getSpec().getTemplate().getMetadata()
                .getLabels();
        NetworkPolicy policy = rendering.one(NetworkPolicy.class, HAVEN);
        var spec = policy.getSpec();
        assertTrue(podLabels.entrySet().containsAll(spec.getPodSelector().getMatchLabels().entrySet())
                && !spec.getPodSelector().getMatchLabels().isEmpty(), overlay + ": the policy selects Haven's pods");
        assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(spec.getPolicyTypes()), overlay + ": both directions");

        // port -> the namespaces that may connect to it (the kubelet's probes need no rule)
        Map<Integer, Set<String>> admitted = new TreeMap<>();
        for (var ingress : spec.getIngress()) {
            assertFalse(ingress.getFrom().isEmpty(), overlay + ": ingress names its sources");
            assertFalse(ingress.getPorts().isEmpty(), overlay + ": ingress names its ports");
            for (NetworkPolicyPeer peer : ingress.getFrom()) {
                assertNull(peer.getIpBlock(), overlay + ": no ipBlock sources");
                assertNull(peer.getPodSelector(), overlay + ": sources are whole namespaces (controller, monitoring)");
                String namespace = peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
                assertNotNull(namespace, overlay + ": a namespace named by kubernetes.io/metadata.name");
                ports(ingress.getPorts()).forEach(port -> admitted.computeIfAbsent(port, p -> new TreeSet<>())
                        .add(namespace));
            }
        }
        assertEquals(Map.of(8080, Set.of(GATEWAY_NAMESPACE), 9000, Set.of(MONITORING_NAMESPACE)), admitted,
                overlay + ": the API from the gateway's proxies only, health and metrics from monitoring only");

        Map<String, Set<Integer>> reachable = new LinkedHashMap<>();
        for (NetworkPolicyEgressRule rule : spec.getEgress()) {
            assertFalse(rule.getTo().isEmpty(), overlay + ": an egress rule without 'to' allows every destination");
            assertFalse(rule.getPorts().isEmpty(), overlay + ": an egress rule without ports allows every port");
            for (NetworkPolicyPeer peer : rule.getTo()) {
                assertNull(peer.getIpBlock(), overlay + ": no ipBlock destinations");
                assertNotNull(peer.getPodSelector(), overlay + ": destinations are pods");
                reachable.computeIfAbsent(labels(peer.getPodSelector().getMatchLabels()), k -> new TreeSet<>())
                        .addAll(ports(rule.getPorts()));
            }
        }
        String database = databaseClusterOf(rendering).metadata().getName();
        assertEquals(Map.of(
                labels(Map.of("cnpg.io/cluster", database)), Set.of(5432),
                labels(Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator")), Set.of(8080, 8443),
                labels(Map.of("k8s-app", "kube-dns")), Set.of(53),
                labels(Map.of("app.kubernetes.io/name", "mail-relay")), Set.of(587)), reachable,
                overlay + ": Haven reaches its database, Keycloak, DNS and the mail relay, nothing else");
    }

    private static String labels(Map<String, String> labels) {
        return new TreeMap<>(labels).toString();
    }

    private static List<Integer> ports(List<NetworkPolicyPort> ports) {
        return ports.stream().map(p -> p.getPort().getIntVal()).distinct().sorted().toList();
    }

    /**
     * The public entry: HTTPS listeners only, each route attached to one of them under its host, and routes to the
     * API's own paths on the Service's API port only (never /q, never /admin, never the management port).
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theGatewayServesOnlyTlsAndRoutesOnlyTheApiNotQuarkusEndpoints(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        Gateway gateway = rendering.only(Gateway.class);
        Map<String, Listener> listeners = new TreeMap<>();
        for (Listener listener : gateway.spec().listeners()) {
            String where = overlay + ": listener " + listener.name();
            assertEquals("HTTPS", listener.protocol(), where + " serves HTTPS only");
            assertEquals(443, listener.port(), where);
            assertEquals("Terminate", listener.tls().mode(), where + " terminates TLS");
            assertFalse(listener.tls().certificateRefs().isEmpty(), where + " has a certificate");
            assertNotNull(listener.hostname(), where + " serves one host, not every host");
            assertEquals("Same", listener.allowedRoutes().namespaces().from(),
                    where + ": only routes of this namespace attach");
            listeners.put(listener.name(), listener);
        }
        for (HttpRoute route : rendering.all(HttpRoute.class)) {
            String where = overlay + ": HTTPRoute " + route.metadata().getName();
            assertEquals(1, route.spec().parentRefs().size(), where + " attaches to one listener");
            var parent = route.spec().parentRefs().get(0);
            assertEquals(gateway.metadata().getName(), parent.name(), where + " attaches to the Gateway");
            Listener listener = listeners.get(parent.sectionName());
            assertNotNull(listener, where + " names a listener (sectionName), not every listener of the Gateway");
            assertEquals(List.of(listener.hostname()), route.spec().hostnames(), where + " serves its listener's host");
            for (HttpRouteRule rule : route.spec().rules()) {
                assertFalse(rule.matches() == null || rule.matches().isEmpty(), where + ": a rule without matches is /");
                for (HttpRouteMatch match : rule.matches()) {
                    String path = match.path().value();
                    assertTrue(Set.of("PathPrefix", "Exact").contains(match.path().type()), where + " path type");
                    assertFalse(path.startsWith("/q") || path.equals("/"), where + " exposes " + path + " (or /q/*)");
                }
            }
        }

        Service service = rendering.one(Service.class, HAVEN);
        Set<String> routed = new TreeSet<>();
        for (HttpRouteRule rule : rendering.one(HttpRoute.class, HAVEN).spec().rules()) {
            for (HttpBackendRef backend : rule.backendRefs()) {
                assertEquals(HAVEN, backend.name(), overlay + ": the API's routes go to the Service haven");
                assertTrue(backend.kind() == null || backend.kind().equals("Service"), overlay + " backend kind");
                assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getPort().equals(backend.port())),
                        overlay + ": the Service haven has port " + backend.port());
                assertEquals(8080, backend.port(), overlay + ": the API port, never the management port");
            }
            rule.matches().forEach(match -> routed.add(match.path().value()));
        }
        Set<String> expected = apiRoots();
        expected.remove("/admin");
        assertEquals(expected, routed, overlay + ": the route serves every API root but /admin (and nothing else)");

        Keycloak keycloak = rendering.only(Keycloak.class);
        for (HttpRouteRule rule : rendering.one(HttpRoute.class, "keycloak").spec().rules()) {
            for (HttpRouteMatch match : rule.matches()) {
                assertTrue(Set.of("/realms", "/resources").contains(match.path().value()),
                        overlay + ": Keycloak exposes only sign-in paths, not " + match.path().value());
            }
            for (HttpBackendRef backend : rule.backendRefs()) {
                assertEquals(keycloak.metadata().getName() + "-service", backend.name());
                assertEquals(8080, backend.port());
            }
        }
    }

    /**
     * Envoy ends a response after 15 seconds unless the route sets a timeout; an export streams for as long as the
     * case histories take, so its route allows at least ten minutes (and never "0s", no limit at all).
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void exportsMayStreamLongerThanEnvoysDefaultRouteTimeout(String overlay) {
        List<HttpRouteRule> exports = Rendering.of(overlay).one(HttpRoute.class, HAVEN).spec().rules().stream()
                .filter(rule -> rule.matches().stream().anyMatch(m -> m.path().value().equals("/exports")))
                .toList();
        assertEquals(1, exports.size(), overlay + ": one rule serves /exports");
        HttpRouteRule rule = exports.get(0);
        assertNotNull(rule.timeouts(), overlay + ": the export rule sets its own timeout");
        Duration timeout = QuarkusDuration.parse(rule.timeouts().request());
        assertTrue(timeout.toMinutes() >= 10 && !timeout.isZero(), overlay + ": export timeout " + timeout);
        assertTrue(rule.matches().size() == 1, overlay + ": the long timeout applies to exports only");
    }

    /**
     * Haven sends no RateLimit headers and no 429 itself; the waiver in docs/security.md relies on this. Every route
     * is limited per client address (a bucket per IPv4 and per IPv6 address), at most 20 requests per second.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyRouteLimitsRequestsPerClient(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        for (HttpRoute route : rendering.all(HttpRoute.class)) {
            String where = overlay + ": HTTPRoute " + route.metadata().getName();
            List<BackendTrafficPolicy> policies = rendering.all(BackendTrafficPolicy.class).stream()
                    .filter(p -> p.spec().targetRefs().stream().anyMatch(t -> t.kind().equals("HTTPRoute")
                            && t.group().equals("gateway.networking.k8s.io")
                            && t.name().equals(route.metadata().getName())))
                    .toList();
            assertEquals(1, policies.size(), where + " has one BackendTrafficPolicy");
            var rateLimit = policies.get(0).spec().rateLimit();
            assertNotNull(rateLimit, where + " has no rate limit");
            assertTrue(rateLimit.type() == null || rateLimit.type().equals("Local"), where + ": a local rate limit");
            Set<String> perClient = new TreeSet<>();
            for (var rule : rateLimit.local().rules()) {
                assertEquals("Second", rule.limit().unit(), where + ": limits per second");
                assertTrue(rule.limit().requests() > 0 && rule.limit().requests() <= 20,
                        where + " allows " + rule.limit().requests() + " requests per second");
                assertEquals(1, rule.clientSelectors().size(), where + ": selected by client address only");
                var source = rule.clientSelectors().get(0).sourceCIDR();
                assertEquals("Distinct", source.type(), where + ": one bucket per client address, not one for all");
                perClient.add(source.value());
            }
            assertEquals(Set.of("0.0.0.0/0", "::/0"), perClient, where + ": every IPv4 and IPv6 client is limited");
        }
    }

    /** The first path segment of every JAX-RS resource class, e.g. "/defenders". */
    private static Set<String> apiRoots() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.haven").stream()
                .filter(c -> c.isAnnotatedWith(jakarta.ws.rs.Path.class))
                .map(c -> c.getAnnotationOfType(jakarta.ws.rs.Path.class).value())
                .map(p -> "/" + p.replaceFirst("^/", "").split("/")[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void overlaysNameTheirOwnHostsAndTheBaseOnlyPlaceholders(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        Keycloak keycloak = rendering.only(Keycloak.class);
        URI issuerBase = URI.create(keycloak.spec().hostname().hostname());
        assertEquals("https", issuerBase.getScheme(), overlay + ": tokens are issued under an https URL");
        assertEquals(List.of(issuerBase.getHost()), rendering.one(HttpRoute.class, "keycloak").spec().hostnames(),
                overlay + ": Keycloak's hostname is the host its route serves");
        Set<String> hosts = new TreeSet<>();
        rendering.all(HttpRoute.class).forEach(r -> hosts.addAll(r.spec().hostnames()));
        rendering.only(Gateway.class).spec().listeners().forEach(l -> hosts.add(l.hostname()));
        hosts.add(issuerBase.getHost());
        for (String host : hosts) {
            assertEquals(overlay.equals("base"), host.endsWith(".invalid"),
                    overlay + ": " + host + (overlay.equals("base") ? " should be a placeholder" : " is a placeholder"));
        }
        if (!overlay.equals("base")) {
            for (ObjectStore store : rendering.all(ObjectStore.class)) {
                String bucket = store.spec().configuration().destinationPath();
                assertFalse(bucket.contains("placeholder"), overlay + " sets its backup bucket: " + bucket);
            }
        }
    }

    // Databases

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void postgresReplicatesSynchronouslyAndKeepsTheTwoRolesApart(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        Cluster cluster = databaseClusterOf(rendering);
        var spec = cluster.spec();
        assertEquals("postgresql.cnpg.io/v1", cluster.apiVersion());
        assertTrue(spec.instances() >= (rendering.isProductionLike() ? 3 : 2), overlay + ": instances");
        var synchronous = spec.postgresql().synchronous();
        assertTrue(Set.of("any", "first").contains(synchronous.method()), overlay + ": synchronous method");
        assertTrue(synchronous.number() >= 1 && synchronous.number() < spec.instances(),
                overlay + ": 1 <= synchronous standbys < instances");
        if (rendering.isProductionLike()) {
            assertEquals("required", synchronous.dataDurability(), overlay + ": no unreplicated commits");
        }
        assertEquals(Boolean.FALSE, spec.enableSuperuserAccess(), overlay + ": no superuser login");

        Map<String, EnvVar> env = havenContainer(rendering).getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, e -> e));
        var initdb = spec.bootstrap().initdb();
        assertEquals("haven_owner", initdb.owner());
        assertEquals(initdb.secret().getName(),
                env.get("HAVEN_DB_MIGRATION_USER").getValueFrom().getSecretKeyRef().getName(),
                overlay + ": Flyway logs in as the database owner");
        assertEquals(initdb.secret().getName(),
                env.get("HAVEN_DB_MIGRATION_PASSWORD").getValueFrom().getSecretKeyRef().getName());
        var runtime = spec.managed().roles().stream().filter(r -> r.name().equals("haven_app")).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": haven_app is a managed role"));
        assertEquals(Boolean.FALSE, runtime.inherit());
        assertEquals(runtime.passwordSecret().getName(),
                env.get("HAVEN_DB_USER").getValueFrom().getSecretKeyRef().getName(),
                overlay + ": Haven serves requests as haven_app");
        assertEquals(runtime.passwordSecret().getName(),
                env.get("HAVEN_DB_PASSWORD").getValueFrom().getSecretKeyRef().getName());
        assertNotEquals(initdb.secret().getName(), runtime.passwordSecret().getName(), overlay + ": two roles");

        List<String> sql = initdb.postInitApplicationSQL().stream().map(s -> s.toLowerCase().trim()).toList();
        assertTrue(sql.stream().anyMatch(s -> s.matches("create role haven_app with login .*noinherit.*")),
                overlay + ": the post-init SQL creates the runtime role: " + sql);
        for (String statement : sql) {
            assertFalse(statement.matches(".*\\b(superuser|createrole|createdb|bypassrls|replication)\\b.*")
                    && !statement.matches(".*\\bno(superuser|createrole|createdb|bypassrls|replication)\\b.*"),
                    overlay + ": no elevated attribute: " + statement);
            if (statement.startsWith("grant")) {
                assertTrue(statement.matches("grant connect on database " + initdb.database() + " to haven_app"),
                        overlay + ": beyond CONNECT, privileges come from the migrations only: " + statement);
            }
        }

        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):5432/([^?]+)\\?(.*)")
                .matcher(env.get("HAVEN_DB_URL").getValue());
        assertTrue(url.matches(), overlay + ": HAVEN_DB_URL " + env.get("HAVEN_DB_URL").getValue());
        assertEquals(cluster.metadata().getName() + "-rw", url.group(1), overlay + ": Haven writes to the primary");
        assertEquals(initdb.database(), url.group(2));
        Map<String, String> parameters = Stream.of(url.group(3).split("&"))
                .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> p[1]));
        assertEquals("verify-full", parameters.get("sslmode"), overlay + ": TLS with the server checked");
        PodSpec pod = rendering.one(Deployment.class, HAVEN).getSpec().getTemplate().getSpec();
        Path caFile = Path.of(parameters.get("sslrootcert"));
        VolumeMount caMount = havenContainer(rendering).getVolumeMounts().stream()
                .filter(m -> Path.of(m.getMountPath()).equals(caFile.getParent())).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": sslrootcert is not on a mounted volume"));
        Volume caVolume = pod.getVolumes().stream().filter(v -> v.getName().equals(caMount.getName())).findFirst()
                .orElseThrow();
        assertEquals(cluster.metadata().getName() + "-ca", caVolume.getSecret().getSecretName(),
                overlay + ": the CA is CloudNativePG's own");
        assertEquals(0444, caVolume.getSecret().getDefaultMode(), overlay + ": the CA file is read-only");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDatabaseArchivesWalAndIsBackedUpDailyThroughTheBarmanCloudPlugin(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        Set<String> destinations = new HashSet<>();
        Set<String> storesInUse = new HashSet<>();
        for (Cluster cluster : rendering.all(Cluster.class)) {
            String name = cluster.metadata().getName();
            String where = overlay + ": " + name;
            ObjectStore store = objectStoreOf(rendering, cluster);
            storesInUse.add(store.metadata().getName());
            var configuration = store.spec().configuration();
            assertTrue(configuration.destinationPath().matches("(s3|gs|https)://.+"), where + " bucket");
            assertTrue(destinations.add(configuration.destinationPath()),
                    where + ": two clusters archiving into one path overwrite each other's WAL");
            assertEquals("AES256", configuration.data().encryption(), where + ": backups encrypted at rest");
            assertEquals("AES256", configuration.wal().encryption(), where + ": WAL encrypted at rest");
            assertNotNull(configuration.data().compression(), where + ": backups compressed");
            assertNotNull(configuration.wal().compression(), where + ": WAL compressed");
            assertTrue(retentionDays(store.spec().retentionPolicy()) <= 30, where + ": erased data lingers in backups at "
                    + "most 30 days (docs/operations.md), retention " + store.spec().retentionPolicy());

            List<ScheduledBackup> backups = rendering.all(ScheduledBackup.class).stream()
                    .filter(b -> b.spec().cluster().getName().equals(name)).toList();
            assertEquals(1, backups.size(), where + ": one scheduled backup");
            var backup = backups.get(0).spec();
            String[] cron = backup.schedule().split(" ");
            assertEquals(6, cron.length, where + ": CloudNativePG schedules have six fields, seconds first");
            assertTrue(cron[3].equals("*") && cron[4].equals("*") && cron[5].equals("*"), where + ": daily");
            assertEquals("plugin", backup.method(), where + ": the in-tree method is deprecated");
            assertNotNull(backup.pluginConfiguration(), where + ": the backup names its plugin");
            assertEquals(BARMAN_CLOUD, backup.pluginConfiguration().name(), where);
            assertEquals("self", backup.backupOwnerReference());
        }
        assertEquals(storesInUse, rendering.all(ObjectStore.class).stream().map(s -> s.metadata().getName())
                .collect(Collectors.toSet()), overlay + ": every ObjectStore (and its credentials) is in use");
    }

    /**
     * The restore in docs/operations.md: its Cluster fragment, put in place of the base Cluster's bootstrap and
     * plugins, parses strictly and reads the backups of the ObjectStore the Cluster archives into, while
     * archiving the restored cluster into another folder.
     */
    @Test
    void theDocumentedRestoreReadsTheBackupsAndArchivesIntoANewFolder() throws IOException {
        String operations = Files.readString(Path.of("docs", "operations.md"));
        int section = operations.indexOf("### Restore on Kubernetes");
        assertTrue(section >= 0, "docs/operations.md has the Kubernetes restore");
        Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(operations);
        assertTrue(block.find(section), "the restore shows its Cluster fragment");
        String fragment = block.group(1).lines().map(l -> l.replaceFirst("^   ", "")).collect(Collectors.joining("\n"));
        JsonNode restoreSpec = Manifests.readTree(fragment, "docs/operations.md").path("spec");

        Rendering rendering = Rendering.of("base");
        ObjectNode document = Manifests.readDocuments(Manifests.KUBERNETES.resolve("base/postgres-cluster.yaml")).get(0);
        ObjectNode spec = (ObjectNode) document.path("spec");
        spec.setAll((ObjectNode) restoreSpec);
        Cluster restored = Manifests.typed(document, Cluster.class, "restored haven-postgres");
        Cluster original = rendering.one(Cluster.class, "haven-postgres");

        var recovery = restored.spec().bootstrap().recovery();
        assertNotNull(recovery, "the restore bootstraps by recovery");
        assertNull(restored.spec().bootstrap().initdb(), "not by initdb");
        var source = restored.spec().externalClusters().stream().filter(c -> c.name().equals(recovery.source()))
                .findFirst().orElseThrow(() -> new AssertionError("recovery.source names an external cluster"));
        assertEquals(BARMAN_CLOUD, source.plugin().name());
        ObjectStore store = objectStoreOf(rendering, original);
        assertEquals(store.metadata().getName(), source.plugin().parameters().get("barmanObjectName"),
                "the restore reads the ObjectStore the cluster archives into");
        assertEquals(original.metadata().getName(), source.plugin().parameters().get("serverName"),
                "from the folder named after the original cluster");
        assertEquals(original.spec().bootstrap().initdb().database(), recovery.database());
        assertEquals(original.spec().bootstrap().initdb().owner(), recovery.owner());

        Map<String, String> archiving = restored.spec().plugins().stream()
                .filter(p -> Boolean.TRUE.equals(p.isWALArchiver())).findFirst().orElseThrow().parameters();
        assertEquals(store.metadata().getName(), archiving.get("barmanObjectName"));
        assertNotEquals(original.metadata().getName(), archiving.get("serverName"),
                "the restored cluster archives into a new folder, not over the backups it came from");
    }

    /** The ObjectStore the Cluster archives its WAL into, through its one WAL-archiving plugin. */
    private static ObjectStore objectStoreOf(Rendering rendering, Cluster cluster) {
        String where = rendering.overlay() + ": " + cluster.metadata().getName();
        List<PluginConfiguration> plugins = cluster.spec().plugins();
        assertNotNull(plugins, where + " has no plugins: no WAL archive, no backups");
        List<PluginConfiguration> archivers = plugins.stream()
                .filter(p -> Boolean.TRUE.equals(p.isWALArchiver())).toList();
        assertEquals(1, archivers.size(), where + ": exactly one WAL archiver");
        PluginConfiguration archiver = archivers.get(0);
        assertEquals(BARMAN_CLOUD, archiver.name(), where + ": WAL goes to the Barman Cloud Plugin");
        assertNotEquals(Boolean.FALSE, archiver.enabled(), where + ": the plugin is enabled");
        // parameters is a free map in the CRD: a misspelt key would pass the parse and be ignored.
        assertTrue(Set.of("barmanObjectName", "serverName").containsAll(archiver.parameters().keySet()),
                where + ": parameters the plugin does not read: " + archiver.parameters().keySet());
        String storeName = archiver.parameters().get("barmanObjectName");
        assertNotNull(storeName, where + ": barmanObjectName names the ObjectStore");
        return rendering.one(ObjectStore.class, storeName);
    }

    /** A retention policy such as "30d", "4w" or "1m" in days, as the plugin's pattern ^[1-9][0-9]*[dwm]$ allows. */
    private static int retentionDays(String policy) {
        assertNotNull(policy, "a retention policy: without one, backups and WAL are kept for ever");
        Matcher m = Pattern.compile("([1-9][0-9]*)([dwm])").matcher(policy);
        assertTrue(m.matches(), "retention policy " + policy);
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "d" -> n;
            case "w" -> 7 * n;
            default -> 31 * n;
        };
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void keycloakRunsOnItsOwnDatabaseAndIssuesTokensUnderItsPublicHost(String overlay) {
        Rendering rendering = Rendering.of(overlay);
        Keycloak keycloak = rendering.only(Keycloak.class);
        var spec = keycloak.spec();
        assertEquals("k8s.keycloak.org/v2alpha1", keycloak.apiVersion());
        if (rendering.isProductionLike()) {
            assertTrue(spec.instances() >= 2, overlay + ": two Keycloak instances");
        }
        assertEquals("postgres", spec.db().vendor());
        String host = spec.db().host();
        assertTrue(host.endsWith("-rw"), overlay + ": Keycloak writes to a CloudNativePG primary: " + host);
        Cluster database = rendering.one(Cluster.class, host.substring(0, host.length() - "-rw".length()));
        assertNotEquals(databaseClusterOf(rendering).metadata().getName(), database.metadata().getName(),
                overlay + ": Keycloak does not share Haven's database");
        assertEquals(database.spec().bootstrap().initdb().database(), spec.db().database());
        String generated = database.metadata().getName() + "-app";
        assertEquals(generated, spec.db().usernameSecret().getName(), overlay + ": CloudNativePG's generated Secret");
        assertEquals(generated, spec.db().passwordSecret().getName());
        assertEquals(Boolean.TRUE, spec.hostname().strict(), overlay + ": hostname from configuration only");
        assertEquals(Boolean.TRUE, spec.hostname().backchannelDynamic(),
                overlay + ": Haven may fetch keys over the cluster network while iss stays public");
        assertEquals(Boolean.FALSE, spec.ingress().enabled(), overlay + ": no operator Ingress exposing /admin");
        assertTrue(Boolean.TRUE.equals(spec.http().httpEnabled()) || spec.http().tlsSecret() != null,
                overlay + ": Keycloak listens somewhere");
    }

    // Helpers

    private static Container havenContainer(Rendering rendering) {
        return rendering.one(Deployment.class, HAVEN).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(HAVEN)).findFirst()
                .orElseThrow(() -> new AssertionError(rendering.overlay() + ": no container named haven"));
    }

    /** The CloudNativePG cluster Haven's NetworkPolicy lets it reach. */
    private static Cluster databaseClusterOf(Rendering rendering) {
        String name = rendering.one(NetworkPolicy.class, HAVEN).getSpec().getEgress().stream()
                .flatMap(rule -> rule.getTo().stream())
                .map(peer -> peer.getPodSelector().getMatchLabels().get("cnpg.io/cluster"))
                .filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError(rendering.overlay() + ": Haven may reach no database"));
        return rendering.one(Cluster.class, name);
    }
}
