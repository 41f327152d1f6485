package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.RequestFixtures.aRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.export.verify.ExportVerifier;
import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.response.Response;

/**
 * The auditor's pages at the HTTP level: the audit log's filters (bad ones answered on the form, next to
 * their field), the chain verified on demand, the checkpoint and key as files, exports streamed with the
 * same bytes as the API's, a defender's history, and every page and file refused to officers and managers.
 */
@QuarkusTest
class ConsoleAuditPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @OidcWireMock
    WireMockServer provider;

    @TempDir
    Path dir;

    /** A case of a new officer's team, taken into assessment with a reason; answers its id. */
    private static String aCaseInAssessment(String officerToken, String defenderId) {
        String id = aRequest(defenderId).open(officerToken);
        RequestFixtures.transition(officerToken, id, "IN_ASSESSMENT", "Synthetic: documents received");
        return id;
    }

    private static String anOfficer() {
        return org.haven.support.Tokens.inTeams("officer-" + java.util.UUID.randomUUID(), List.of("team-audit-pages"),
                "protection-officer");
    }

    @Test
    void anAuditorFiltersTheLogByCaseNewestFirstWithChangesAndLinks() {
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");
        String officer = anOfficer();
        String defenderId = aDefender().register(officer);
        String caseId = aCaseInAssessment(officer, defenderId);

        String page = auditor.get("/console/audit?caseId=" + caseId).then().statusCode(200)
                .body(containsString("id=\"audit-entries\""), containsString("REQUEST_CREATED"),
                        containsString("REQUEST_STATUS_CHANGED"), containsString("Synthetic: documents received"),
                        containsString("href=\"/console/cases/" + caseId + "\""),
                        containsString("value=\"" + caseId + "\""))
                .extract().asString();
        assertTrue(page.indexOf("<code>REQUEST_STATUS_CHANGED</code>") < page.indexOf("<code>REQUEST_CREATED</code>"),
                "newest first");
        // the change as the API gives it: the field, its value before and after
        String changed = auditor.get("/console/audit?caseId=" + caseId + "&action=request_status_changed").then()
                .statusCode(200).body(not(containsString("<code>REQUEST_CREATED</code>")), containsString("<code>status</code>"),
                        containsString("<bdi>RECEIVED</bdi>"), containsString("<bdi>IN_ASSESSMENT</bdi>"))
                .extract().asString();
        assertTrue(changed.contains("(total: 1)"), "one entry counted");
        auditor.get("/console/audit?entityType=defender&entityId=" + defenderId).then().statusCode(200)
                .body(containsString("DEFENDER_REGISTERED"), containsString("href=\"/console/defenders/" + defenderId
                        + "\""), not(containsString("<code>REQUEST_CREATED</code>")));
        auditor.get("/console/audit?caseId=" + caseId + "&from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z").then()
                .statusCode(200).body(containsString("id=\"audit-empty\""));
    }

    @Test
    void aBadFilterAnswersTheFormWithItsProblemNextToTheFieldAsTheApiRefusesIt() {
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");
        Map<String, String> bad = Map.of("caseId", "not-a-case", "from", "yesterday", "to", "2026-13-01T00:00:00Z",
                "entityType", "Defender!", "entityId", "1-1-1-1-1", "action", "REQUEST_SHREDDED");
        for (Map.Entry<String, String> filter : bad.entrySet()) {
            String field = filter.getKey();
            auditor.request().queryParam(field, filter.getValue()).get("/console/audit").then().statusCode(422)
                    .contentType(startsWith("text/html"))
                    .body(containsString("id=\"f-" + field + "-error\""), containsString("href=\"#f-" + field + "\""),
                            containsString("This value is not valid here."),
                            not(containsString("id=\"audit-entries\"")));
            given().auth().oauth2(auditor.token).queryParam(field, filter.getValue()).get("/audit").then()
                    .statusCode(400).body("errors[0].field", equalTo(field));
        }
        auditor.request().queryParam("caseId", "not-a-case").get("/console/audit").then()
                .body(containsString("value=\"not-a-case\""), containsString("aria-invalid=\"true\""));
    }

    @Test
    void theChainIsVerifiedOnDemandAndSaidValid() {
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");
        auditor.get("/console/audit").then().statusCode(200)
                .body(containsString("href=\"/console/audit/verification\""), not(containsString("id=\"chain-result\"")));
        long head = given().auth().oauth2(auditor.token).get("/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).extract().jsonPath().getLong("headSeq");
        String page = auditor.get("/console/audit/verification").then().statusCode(200)
                .body(containsString("id=\"chain-result\""), containsString("The chain is valid"),
                        containsString("id=\"chain-head-hash\">"), containsString("id=\"download-checkpoint\""))
                .extract().asString();
        String shown = page.replaceAll("(?s).*id=\"chain-head-seq\">([^<]+)<.*", "$1").replace(",", "");
        assertTrue(Long.parseLong(shown) >= head, "the head the page checked: " + shown);
    }

    @Test
    void theCheckpointAndTheKeyAreFilesWithTheApisJsonNeverCached() throws Exception {
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");
        Response checkpoint = auditor.get("/console/audit/checkpoint");
        checkpoint.then().statusCode(200).contentType(startsWith("application/json"))
                .header("Cache-Control", "no-store")
                .header("Content-Disposition",
                        matchesPattern("attachment; filename=\"haven-checkpoint-\\d{4}-\\d{2}-\\d{2}-\\d+\\.json\""));
        JsonNode kept = JSON.readTree(checkpoint.asByteArray());
        JsonNode api = JSON.readTree(given().auth().oauth2(auditor.token).get("/audit/checkpoint").asByteArray());
        assertEquals(fields(api), fields(kept), "the same JSON fields as GET /audit/checkpoint");
        given().auth().oauth2(auditor.token).queryParam("seq", kept.get("seq").asText())
                .queryParam("headHash", kept.get("headHash").asText())
                .queryParam("signedAt", kept.get("signedAt").asText()).queryParam("keyId", kept.get("keyId").asText())
                .queryParam("signature", kept.get("signature").asText()).get("/audit/checkpoint/verify").then()
                .statusCode(200).body("valid", equalTo(true));

        String apiKey = given().auth().oauth2(auditor.token).get("/audit/public-key").then().statusCode(200)
                .extract().asString();
        String keyId = JSON.readTree(apiKey).get("keyId").asText();
        auditor.get("/console/audit/public-key").then().statusCode(200).contentType(startsWith("application/json"))
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"haven-audit-key-" + keyId + ".json\"")
                .body(equalTo(apiKey));
        auditor.get("/console/audit/public-key?format=pem").then().statusCode(200)
                .contentType(startsWith("application/x-pem-file")).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"haven-audit-key-" + keyId + ".pem\"")
                .body(equalTo(JSON.readTree(apiKey).get("publicKeyPem").asText()));
    }

    @Test
    void theConsolesExportIsTheApisExportForTheSameFilterAndVerifies() throws Exception {
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");
        String fund = GrantFixtures.aFund(50000, "EUR");
        GrantFixtures.anApprovedGrant(fund, 1200);
        GrantFixtures.anApprovedGrant(fund, 800);
        String query = "fundId=" + fund + "&from=2020-01-01T00:00:00Z";

        for (String format : List.of("jsonl", "csv")) {
            Response console = auditor.get("/console/exports/case-histories?" + query + "&format=" + format);
            console.then().statusCode(200).header("Cache-Control", "no-store")
                    .contentType(startsWith(format.equals("csv") ? "text/csv" : "application/x-ndjson"))
                    .header("Content-Disposition", matchesPattern("attachment; filename=\"haven-case-histories-"
                            + "\\d{4}-\\d{2}-\\d{2}\\." + format + "\""))
                    .header("X-Export-Id", matchesPattern("[0-9a-f-]{36}"));
            byte[] api = given().auth().oauth2(auditor.token).get("/exports/case-histories?" + query + "&format="
                    + format).then().statusCode(200).extract().asByteArray();
            List<String> consoleLines = lines(console.asByteArray());
            List<String> apiLines = lines(api);
            assertEquals(apiLines.subList(0, apiLines.size() - 1), consoleLines.subList(0, consoleLines.size() - 1),
                    format + ": the same lines as the API's, byte for byte");
            if (format.equals("jsonl")) {
                assertEquals(2, apiLines.size() - 1, "both cases of the fund, a line each");
            }
            assertEquals(manifestWithoutItsMoment(last(apiLines), format),
                    manifestWithoutItsMoment(last(consoleLines), format), "the same manifest but for id and time");

            Path file = dir.resolve("console." + format);
            Files.write(file, console.asByteArray());
            String key = given().auth().oauth2(auditor.token).get("/audit/public-key").then().extract()
                    .path("publicKeyPem");
            ExportVerifier.Report report = new ExportVerifier().verify(file, ExportVerifier.publicKey(key));
            assertTrue(report.valid(), format + ": " + report.problems());
        }
    }

    @Test
    void aBadExportFilterAnswersTheFormNotAFile() {
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");
        auditor.get("/console/exports").then().statusCode(200)
                .body(containsString("id=\"export-form\""), containsString("action=\"/console/exports/case-histories\""),
                        containsString("name=\"fundId\""), containsString("value=\"jsonl\" checked"),
                        containsString("href=\"/console/exports/verify\""));
        for (Map.Entry<String, String> filter : Map.of("from", "last week", "status", "LOST", "fundId", "fund-1",
                "assistanceType", "MONEY", "format", "xlsx").entrySet()) {
            String field = filter.getKey();
            auditor.request().queryParam(field, filter.getValue()).get("/console/exports/case-histories").then()
                    .statusCode(422).contentType(startsWith("text/html")).header("X-Export-Id", (String) null)
                    .body(containsString("id=\"f-" + field + "-error\""), containsString("id=\"export-form\""));
        }
    }

    @Test
    void anAuditorExportsOneCaseFromItsPage() {
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");
        String officer = anOfficer();
        String caseId = aCaseInAssessment(officer, aDefender().register(officer));

        auditor.get("/console/cases/" + caseId).then().statusCode(200)
                .body(containsString("href=\"/console/exports/cases/" + caseId + "?format=jsonl\""));
        auditor.get("/console/exports/cases/" + caseId + "?format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"haven-case-" + caseId + ".csv\"")
                .body(containsString("REQUEST_STATUS_CHANGED"));
        auditor.get("/console/exports/cases/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType(startsWith("text/html"));
        auditor.get("/console/exports/cases/not-a-case").then().statusCode(404).contentType(startsWith("text/html"));
        ConsoleSession officerSession = ConsoleSession.signIn(provider, "protection-officer");
        officerSession.get("/console/cases/" + caseId).then().body(not(containsString("/console/exports/cases/")));
    }

    @Test
    void theVerifyPageGivesTheCommandWithTheKeyToUse() {
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");
        String keyId = given().auth().oauth2(auditor.token).get("/audit/public-key").then().extract().path("keyId");
        auditor.get("/console/exports/verify").then().statusCode(200)
                .body(containsString("java -jar quarkus-app/quarkus-run.jar verify"),
                        containsString("--public-key haven-audit-key-" + keyId + ".pem"), containsString(keyId),
                        containsString("href=\"/console/audit/public-key?format=pem\""),
                        containsString("VALID: "), containsString("id=\"verify-failures\""));
    }

    @Test
    void aDefendersHistoryIsReadOnlyAndHoldsNoProtectedValue() {
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");
        String officer = anOfficer();
        String defenderId = aDefender().with("legalName", "Synthetic Hidden Name").register(officer);
        given().auth().oauth2(officer).queryParam("reason", "Synthetic: preparing a request")
                .get("/defenders/" + defenderId + "/sensitive").then().statusCode(200);

        auditor.get("/console/defenders/" + defenderId).then().statusCode(200)
                .body(containsString("href=\"/console/defenders/" + defenderId + "/history\""));
        String page = auditor.get("/console/defenders/" + defenderId + "/history").then().statusCode(200)
                .body(containsString("DEFENDER_REGISTERED"), containsString("DEFENDER_SENSITIVE_VIEWED"),
                        containsString("Synthetic: preparing a request"), not(containsString("Synthetic Hidden Name")),
                        not(containsString("<form autocomplete=\"off\" method=\"post\" action=\"/console/defenders")))
                .extract().asString();
        assertTrue(page.indexOf("<code>DEFENDER_SENSITIVE_VIEWED</code>") < page.indexOf("<code>DEFENDER_REGISTERED</code>"),
                "newest first");
        auditor.get("/console/defenders/" + java.util.UUID.randomUUID() + "/history").then().statusCode(404);
    }

    @Test
    void officersAndManagersAreRefusedEveryAuditorPageAndFile() {
        String officer = anOfficer();
        String caseId = aCaseInAssessment(officer, aDefender().register(officer));
        for (String role : List.of("protection-officer", "programme-manager")) {
            ConsoleSession person = ConsoleSession.signIn(provider, role);
            for (String path : List.of("/console/audit", "/console/audit?caseId=" + caseId,
                    "/console/audit/verification", "/console/audit/checkpoint", "/console/audit/public-key",
                    "/console/audit/public-key?format=pem", "/console/exports", "/console/exports/verify",
                    "/console/exports/case-histories?format=jsonl", "/console/exports/cases/" + caseId)) {
                person.get(path).then().statusCode(403).contentType(startsWith("text/html"))
                        .header("Content-Disposition", (String) null)
                        .body(containsString("You do not have access to this page"), not(containsString("\"seq\"")));
            }
        }
    }

    // Helpers

    private static List<String> lines(byte[] body) {
        return Arrays.asList(new String(body, StandardCharsets.UTF_8).split("\n"));
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    /** The manifest without what differs between two exports of the same cases: their id, moment and signature. */
    private static JsonNode manifestWithoutItsMoment(String line, String format) throws Exception {
        String json = format.equals("csv") ? line.substring(line.indexOf(',') + 1) : line;
        if (format.equals("csv")) {
            json = json.substring(1, json.length() - 1).replace("\"\"", "\"");
        }
        ObjectNode manifest = (ObjectNode) JSON.readTree(json).get("manifest");
        manifest.remove(Set.of("exportId", "exportedAt", "signature", "auditHead"));
        return manifest;
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
