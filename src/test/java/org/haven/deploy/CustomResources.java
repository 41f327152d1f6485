package org.haven.deploy;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;

/**
 * Typed models of the custom resources Haven's manifests use, for which no Java model is
 * published: CloudNativePG's Cluster and ScheduledBackup (postgresql.cnpg.io/v1) and the Keycloak
 * Operator's Keycloak (k8s.keycloak.org/v2alpha1).
 *
 * <p>Each record holds only the fields the manifests use, named as in the CRD schemas of
 * CloudNativePG 1.25 to 1.27 and Keycloak Operator 26.0 (checked against those schemas by hand).
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
            ResourceRequirements resources, Affinity affinity, Backup backup) {
    }

    record PostgresConfiguration(Synchronous synchronous, Map<String, String> parameters) {
    }

    record Synchronous(String method, Integer number, String dataDurability) {
    }

    record Bootstrap(InitDb initdb) {
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

    record Backup(String retentionPolicy, BarmanObjectStore barmanObjectStore) {
    }

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
            LocalObjectReference cluster) {
    }

    // Keycloak Operator

    record Keycloak(String apiVersion, String kind, ObjectMeta metadata, KeycloakSpec spec) implements CustomResource {
    }

    record KeycloakSpec(Integer instances, String image, KeycloakDatabase db, KeycloakHttp http,
            KeycloakHostname hostname, KeycloakProxy proxy, KeycloakIngress ingress, ResourceRequirements resources) {
    }

    record KeycloakDatabase(String vendor, String host, Integer port, String database, SecretKeySelector usernameSecret,
            SecretKeySelector passwordSecret) {
    }

    record KeycloakHttp(Boolean httpEnabled, String tlsSecret, Integer httpPort, Integer httpsPort) {
    }

    record KeycloakHostname(String hostname, String admin, Boolean strict, Boolean backchannelDynamic) {
    }

    record KeycloakProxy(String headers) {
    }

    record KeycloakIngress(Boolean enabled, String className, Map<String, String> annotations) {
    }
}
