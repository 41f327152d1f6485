package org.haven.deploy;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;

/**
 * Typed models of the custom resources Haven's manifests use, for which no Java model is on the
 * test classpath: CloudNativePG's Cluster and ScheduledBackup (postgresql.cnpg.io/v1), the Barman Cloud
 * Plugin's ObjectStore (barmancloud.cnpg.io/v1), the Gateway API's Gateway and HTTPRoute
 * (gateway.networking.k8s.io/v1), Envoy Gateway's BackendTrafficPolicy (gateway.envoyproxy.io/v1alpha1)
 * and the Keycloak Operator's Keycloak (k8s.keycloak.org/v2alpha1).
 *
 * <p>Each record holds only the fields the manifests use, named as in the API types of CloudNativePG
 * 1.26, 1.27 and 1.30, plugin-barman-cloud 0.14, Gateway API v1 (standard channel), Envoy Gateway's
 * api/v1alpha1 (rate limit types as of 1.4 and later) and the Keycloak Operator 26 (checked by hand). The
 * in-tree {@code spec.backup.barmanObjectStore}, deprecated since CloudNativePG 1.26, is deliberately
 * absent: a Cluster that still uses it fails the parse.
 * Parsed with {@link Manifests#STRICT}, a misspelt field fails. Using a further field of the CRD means
 * adding it here, after checking its name in the CRD.
 */
final class CustomResources {

    private CustomResources() {
    }

    interface CustomResource {
        ObjectMeta metadata();
    }

    // CloudNativePG

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) implements CustomResource {
    }

    record ClusterSpec(Integer instances, String imageName, String primaryUpdateStrategy, Boolean enableSuperuserAccess,
            Boolean enablePDB, PostgresConfiguration postgresql, Bootstrap bootstrap, Managed managed, Storage storage,
            ResourceRequirements resources, Affinity affinity, List<PluginConfiguration> plugins,
            List<ExternalCluster> externalClusters) {
    }

    record PostgresConfiguration(Synchronous synchronous, Map<String, String> parameters) {
    }

    record Synchronous(String method, Integer number, String dataDurability) {
    }

    /** initdb for the manifests; recovery for the restore procedure in docs/operations.md. */
    record Bootstrap(InitDb initdb, Recovery recovery) {
    }

    record Recovery(String source, String database, String owner, LocalObjectReference secret,
            RecoveryTarget recoveryTarget) {
    }

    record RecoveryTarget(String targetTime, String targetLSN, String targetName, String targetXID,
            Boolean targetImmediate, Boolean exclusive) {
    }

    /** Another cluster's backups or WAL, here read through the Barman Cloud Plugin. */
    record ExternalCluster(String name, PluginConfiguration plugin) {
    }

    record InitDb(String database, String owner, LocalObjectReference secret, Boolean dataChecksums,
            List<String> postInitApplicationSQL) {
    }

    record Managed(List<ManagedRole> roles) {
    }

    record ManagedRole(String name, String ensure, Boolean login, Boolean inherit, LocalObjectReference passwordSecret) {
    }

    record Storage(String size, String storageClass) {
    }

    record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {
    }

    /**
     * A CNPG-I plugin of the Cluster. {@code parameters} is a free map in the CRD, so the tests check
     * its keys against those the Barman Cloud Plugin reads ({@code barmanObjectName}, {@code serverName}).
     */
    record PluginConfiguration(String name, Boolean enabled, Boolean isWALArchiver, Map<String, String> parameters) {
    }

    /** The Barman Cloud Plugin's ObjectStore: where and how one cluster's WAL and base backups are kept. */
    record ObjectStore(String apiVersion, String kind, ObjectMeta metadata, ObjectStoreSpec spec)
            implements CustomResource {
    }

    /** {@code retentionPolicy} lives here with the plugin, not in the Cluster as with the in-tree backups. */
    record ObjectStoreSpec(String retentionPolicy, BarmanObjectStore configuration) {
    }

    /** The plugin's {@code spec.configuration}: the same schema as the in-tree barmanObjectStore. */
    record BarmanObjectStore(String destinationPath, String endpointURL, S3Credentials s3Credentials,
            Compression wal, Compression data) {
    }

    record S3Credentials(SecretKeySelector accessKeyId, SecretKeySelector secretAccessKey) {
    }

    record Compression(String compression, String encryption) {
    }

    record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec)
            implements CustomResource {
    }

    record ScheduledBackupSpec(String schedule, Boolean immediate, String backupOwnerReference, String method,
            BackupPluginConfiguration pluginConfiguration, LocalObjectReference cluster) {
    }

    record BackupPluginConfiguration(String name, Map<String, String> parameters) {
    }

    // Gateway API (gateway.networking.k8s.io/v1, standard channel) and Envoy Gateway

    /** A Gateway: the listeners (host, port, TLS) that routes attach to. */
    record Gateway(String apiVersion, String kind, ObjectMeta metadata, GatewaySpec spec) implements CustomResource {
    }

    record GatewaySpec(String gatewayClassName, List<Listener> listeners) {
    }

    record Listener(String name, String hostname, Integer port, String protocol, GatewayTls tls,
            AllowedRoutes allowedRoutes) {
    }

    record GatewayTls(String mode, List<ObjectReference> certificateRefs) {
    }

    /** A reference to an object such as a Secret; group "" and kind "Secret" when left out. */
    record ObjectReference(String group, String kind, String name, String namespace) {
    }

    record AllowedRoutes(RouteNamespaces namespaces) {
    }

    record RouteNamespaces(String from) {
    }

    /** Rule fields the manifests do not use (filters, name, sessionPersistence, ...) are absent: they fail the parse. */
    record HttpRoute(String apiVersion, String kind, ObjectMeta metadata, HttpRouteSpec spec) implements CustomResource {
    }

    record HttpRouteSpec(List<ParentReference> parentRefs, List<String> hostnames, List<HttpRouteRule> rules) {
    }

    record ParentReference(String group, String kind, String namespace, String name, String sectionName,
            Integer port) {
    }

    record HttpRouteRule(List<HttpRouteMatch> matches, List<HttpBackendRef> backendRefs, HttpRouteTimeouts timeouts) {
    }

    record HttpRouteMatch(HttpPathMatch path) {
    }

    record HttpPathMatch(String type, String value) {
    }

    record HttpBackendRef(String group, String kind, String name, String namespace, Integer port, Integer weight) {
    }

    /** Gateway API durations ("30m", "15s"); "0s" would mean no timeout. */
    record HttpRouteTimeouts(String request, String backendRequest) {
    }

    /** Envoy Gateway's policy for a route's traffic (gateway.envoyproxy.io/v1alpha1); here, its rate limit. */
    record BackendTrafficPolicy(String apiVersion, String kind, ObjectMeta metadata, BackendTrafficPolicySpec spec)
            implements CustomResource {
    }

    record BackendTrafficPolicySpec(List<PolicyTargetReference> targetRefs, RateLimitSpec rateLimit) {
    }

    record PolicyTargetReference(String group, String kind, String name) {
    }

    /**
     * {@code type} was required until local and global limits could be combined (envoyproxy/gateway#7334, late
     * 2025) and is deprecated since; given together with {@code local}, releases before and after accept it.
     */
    record RateLimitSpec(String type, LocalRateLimit local) {
    }

    record LocalRateLimit(List<RateLimitRule> rules) {
    }

    record RateLimitRule(List<RateLimitSelectCondition> clientSelectors, RateLimitValue limit) {
    }

    record RateLimitSelectCondition(SourceMatch sourceCIDR) {
    }

    /** {@code Distinct}: every address in the block has its own bucket. */
    record SourceMatch(String type, String value) {
    }

    record RateLimitValue(Integer requests, String unit) {
    }

    // Keycloak Operator

    record Keycloak(String apiVersion, String kind, ObjectMeta metadata, KeycloakSpec spec) implements CustomResource {
    }

    record KeycloakSpec(Integer instances, String image, KeycloakDatabase db, KeycloakHttp http,
            KeycloakHostname hostname, KeycloakProxy proxy, KeycloakIngress ingress,
            KeycloakNetworkPolicy networkPolicy, ResourceRequirements resources) {
    }

    record KeycloakDatabase(String vendor, String host, Integer port, String database, SecretKeySelector usernameSecret,
            SecretKeySelector passwordSecret, Integer poolInitialSize, Integer poolMinSize, Integer poolMaxSize) {
    }

    record KeycloakHttp(Boolean httpEnabled, String tlsSecret, Integer httpPort, Integer httpsPort) {
    }

    record KeycloakHostname(String hostname, String admin, Boolean strict, Boolean backchannelDynamic) {
    }

    record KeycloakProxy(String headers) {
    }

    record KeycloakIngress(Boolean enabled, String className, Map<String, String> annotations) {
    }

    /**
     * The operator's own NetworkPolicy (on by default where the CRD has this field; admits HTTP(S) and the
     * management port from every source unless the rules name sources).
     */
    record KeycloakNetworkPolicy(Boolean enabled, List<NetworkPolicyPeer> http, List<NetworkPolicyPeer> https,
            List<NetworkPolicyPeer> management) {
    }
}
