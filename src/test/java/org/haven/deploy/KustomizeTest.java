package org.haven.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The small Kustomize renderer the manifest tests rely on: it must fail where kustomize would. */
class KustomizeTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: app
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                    - name: app
                      image: registry.example.org/app:1.0
                      env:
                        - name: A
                          value: a
            """;

    @TempDir
    Path dir;

    @Test
    void aMissingResourceFileFails() throws IOException {
        write("kustomization.yaml", kustomization("resources:\n  - deployment.yaml\n  - servce.yaml\n"));
        write("deployment.yaml", DEPLOYMENT);
        AssertionError error = assertThrows(AssertionError.class, () -> Kustomize.build(dir));
        assertTrue(error.getMessage().contains("servce.yaml does not exist"), error.getMessage());
    }

    @Test
    void aMissingPatchFileOrAPatchThatTargetsNothingFails() throws IOException {
        write("deployment.yaml", DEPLOYMENT);
        write("kustomization.yaml", kustomization("resources:\n  - deployment.yaml\npatches:\n  - path: gone.yaml\n"));
        assertTrue(assertThrows(AssertionError.class, () -> Kustomize.build(dir)).getMessage()
                .contains("gone.yaml does not exist"));

        write("patch.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ap\nspec:\n  replicas: 2\n");
        write("kustomization.yaml", kustomization("resources:\n  - deployment.yaml\npatches:\n  - path: patch.yaml\n"));
        assertTrue(assertThrows(AssertionError.class, () -> Kustomize.build(dir)).getMessage()
                .contains("matches 0 resources"));
    }

    @Test
    void anUnsupportedFeatureFailsInsteadOfBeingIgnored() throws IOException {
        write("deployment.yaml", DEPLOYMENT);
        write("kustomization.yaml", kustomization("resources:\n  - deployment.yaml\nnamePrefix: x-\n"));
        assertTrue(assertThrows(AssertionError.class, () -> Kustomize.build(dir)).getMessage()
                .contains("'namePrefix'"));
    }

    @Test
    void patchesNamespaceReplicasAndImagesApplyAsKustomizeDoes() throws IOException {
        write("base/deployment.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", kustomization("resources:\n  - deployment.yaml\n"));
        write("patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: app
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          env:
                            - name: B
                              value: b
                """);
        write("kustomization.yaml", kustomization("""
                namespace: prod
                resources:
                  - base
                replicas:
                  - name: app
                    count: 3
                images:
                  - name: registry.example.org/app
                    newTag: "2.0"
                patches:
                  - path: patch.yaml
                  - target:
                      kind: Deployment
                      name: app
                    patch: |-
                      - op: replace
                        path: /spec/template/spec/containers/0/env/0/value
                        value: changed
                """));

        List<ObjectNode> rendered = Kustomize.build(dir);

        assertEquals(1, rendered.size());
        ObjectNode deployment = rendered.get(0);
        assertEquals("prod", deployment.at("/metadata/namespace").asText());
        assertEquals(3, deployment.at("/spec/replicas").asInt());
        assertEquals("registry.example.org/app:2.0", deployment.at("/spec/template/spec/containers/0/image").asText());
        assertEquals("[{\"name\":\"A\",\"value\":\"changed\"},{\"name\":\"B\",\"value\":\"b\"}]",
                deployment.at("/spec/template/spec/containers/0/env").toString());
    }

    @Test
    void anImageEntryThatMatchesNoContainerFails() throws IOException {
        write("deployment.yaml", DEPLOYMENT);
        write("kustomization.yaml", kustomization(
                "resources:\n  - deployment.yaml\nimages:\n  - name: registry.example.org/ap\n    newTag: \"2\"\n"));
        assertTrue(assertThrows(AssertionError.class, () -> Kustomize.build(dir)).getMessage()
                .contains("matches no container"));
    }

    private static String kustomization(String body) {
        return "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n" + body;
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
