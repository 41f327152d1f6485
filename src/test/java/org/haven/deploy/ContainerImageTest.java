package org.haven.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The image the project builds with Jib (application.properties, quarkus.container-image.* and
 * quarkus.jib.*) is the one the manifests run and the Dockerfile describes: same name, base, user and
 * ports; and no build of the test command builds or pushes it.
 */
class ContainerImageTest {

    static final java.util.List<String> OVERLAYS = Rendering.ALL;

    private static final Path DOCKERFILE = Path.of("src", "main", "docker", "Dockerfile.jvm");

    @Test
    void theTestCommandNeitherBuildsNorPushesAnImage() throws IOException {
        ApplicationProperties properties = ApplicationProperties.read();
        for (String profile : Set.of("prod", "test", "dev")) {
            assertEquals("false", properties.value(profile, "quarkus.container-image.build"), profile);
            assertEquals("false", properties.value(profile, "quarkus.container-image.push"), profile);
        }
    }

    @Test
    void jibBuildsOnTheDockerfilesBaseAsItsUserWithItsPorts() throws IOException {
        ApplicationProperties properties = ApplicationProperties.read();
        String from = Files.readAllLines(DOCKERFILE).stream().map(String::strip).filter(l -> l.startsWith("FROM "))
                .findFirst().orElseThrow().substring("FROM ".length()).strip();
        assertEquals(from, properties.value("prod", "quarkus.jib.base-jvm-image"), "one base image for both builds");

        Deployment deployment = Rendering.of("overlays/prod").one(Deployment.class, "haven");
        assertEquals(String.valueOf(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser()),
                properties.value("prod", "quarkus.jib.user"), "the image runs as the user the Deployment expects");
        Set<Integer> declared = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().stream()
                .map(ContainerPort::getContainerPort).collect(Collectors.toSet());
        Set<Integer> exposed = Stream.of(properties.value("prod", "quarkus.jib.ports").split(","))
                .map(p -> Integer.valueOf(p.strip())).collect(Collectors.toSet());
        assertEquals(declared, exposed, "the image exposes the API and management ports");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theManifestsRunTheImageTheProjectBuilds(String overlay) throws IOException {
        ApplicationProperties properties = ApplicationProperties.read();
        String repository = String.join("/", properties.value("prod", "quarkus.container-image.registry"),
                properties.value("prod", "quarkus.container-image.group"),
                properties.value("prod", "quarkus.container-image.name"));
        Container haven = Rendering.of(overlay).one(Deployment.class, "haven").getSpec().getTemplate().getSpec()
                .getContainers().stream().filter(c -> c.getName().equals("haven")).findFirst().orElseThrow();
        assertTrue(haven.getImage().startsWith(repository + ":") || haven.getImage().startsWith(repository + "@"),
                overlay + ": the Deployment runs " + haven.getImage() + ", the project builds " + repository);
    }
}
