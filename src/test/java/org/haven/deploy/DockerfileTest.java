package org.haven.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The container image runs Haven as a non-root user, the one the Deployment expects, on the ports it expects. */
class DockerfileTest {

    private static final Path DOCKERFILE = Path.of("src", "main", "docker", "Dockerfile.jvm");

    @Test
    void imageRunsTheFastJarAsTheNonRootUserTheDeploymentExpects() throws IOException {
        List<String> instructions = Files.readAllLines(DOCKERFILE).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();

        assertTrue(instructions.get(0).matches("FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:[0-9.]+"),
                "a Java 17 runtime base image: " + instructions.get(0));
        List<String> users = instructions.stream().filter(l -> l.startsWith("USER ")).toList();
        assertFalse(users.isEmpty(), "the image names its user");
        String user = users.get(users.size() - 1).substring("USER ".length()).strip();
        assertTrue(user.matches("[1-9][0-9]*"), "a numeric, non-root user (runAsNonRoot can only check numbers): " + user);

        int lastUser = instructions.lastIndexOf(users.get(users.size() - 1));
        int entrypoint = indexOf(instructions, "ENTRYPOINT ");
        assertTrue(lastUser < entrypoint, "USER comes before ENTRYPOINT");
        instructions.stream().filter(l -> l.startsWith("COPY ")).forEach(copy -> assertTrue(
                copy.startsWith("COPY --chown=" + user + " target/quarkus-app/"), "the fast-jar, owned by the user: " + copy));
        assertTrue(instructions.contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), "runs quarkus-run.jar");

        Deployment deployment = Rendering.of("overlays/prod").one(Deployment.class, "haven");
        assertEquals(Long.valueOf(user), deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser(),
                "the Deployment runs the image's user");

        Set<Integer> exposed = instructions.stream().filter(l -> l.startsWith("EXPOSE "))
                .flatMap(l -> Stream.of(l.substring("EXPOSE ".length()).strip().split("\\s+")))
                .map(Integer::valueOf).collect(Collectors.toSet());
        Set<Integer> declared = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().stream()
                .map(ContainerPort::getContainerPort).collect(Collectors.toSet());
        assertEquals(declared, exposed, "the image exposes the API and management ports the Deployment declares");
    }

    private static int indexOf(List<String> instructions, String prefix) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no " + prefix.strip() + " in " + DOCKERFILE);
    }
}
