package org.haven.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.haven.export.verify.ExportVerifier;
import org.haven.shared.security.Roles;
import org.haven.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Downloads, finds records in and verifies organisation and activity exports, for the export tests. */
final class GroupExportFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Path publicKey;

    GroupExportFiles(Path dir) throws Exception {
        this.dir = dir;
        this.publicKey = dir.resolve("key.pem");
        Files.writeString(publicKey, given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/audit/public-key").then()
                .extract().path("publicKeyPem"));
    }

    Path download(String token, String url) throws Exception {
        byte[] body = given().auth().oauth2(token).get(url).then().statusCode(200)
                .header("Content-Type", startsWith("application/x-ndjson")).extract().asByteArray();
        Path file = dir.resolve("export-" + System.nanoTime() + ".jsonl");
        Files.write(file, body);
        return file;
    }

    /** The record (under {@code key}) whose state {@code /key/key/id} is {@code id}, or null. */
    static JsonNode record(Path file, String key, String id) throws Exception {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode node = JSON.readTree(line);
            if (id.equals(node.path(key).path(key).path("id").asText())) {
                return node.get(key);
            }
        }
        return null;
    }

    static JsonNode manifest(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return JSON.readTree(lines.get(lines.size() - 1)).get("manifest");
    }

    ExportVerifier.Report verify(Path file) throws Exception {
        return new ExportVerifier().verify(file, ExportVerifier.publicKey(Files.readString(publicKey)));
    }

    Path write(List<String> lines) throws Exception {
        Path file = dir.resolve("tampered-" + System.nanoTime() + ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
