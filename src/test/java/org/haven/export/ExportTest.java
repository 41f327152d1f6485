package org.haven.export;

import static io.restassured.RestAssured.given;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.haven.export.verify.ExportVerifier;
import org.haven.shared.security.Roles;
import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.quarkus.test.junit.QuarkusTest;

/** Both formats parse back, carry complete cases, and the offline verifier catches tampering. */
@QuarkusTest
class ExportTest {

    @TempDir
    Path dir;

    private final String auditor = Tokens.of(Roles.AUDITOR);
    private final ObjectMapper json = new ObjectMapper();
    private String grant;
    private String request;
    private Path publicKey;

    @BeforeEach
    void aSupportedCaseWithAPayment() throws Exception {
        grant = GrantFixtures.anApprovedGrant(GrantFixtures.aFund(50000, "EUR"), 2000);
        request = given().auth().oauth2(auditor).get("/grants/" + grant).then().extract().path("requestId");
        given().auth().oauth2(GrantFixtures.manager()).contentType("application/json")
                .body(GrantFixtures.aDisbursement(500)).post("/grants/" + grant + "/disbursements").then()
                .statusCode(201);
        publicKey = dir.resolve("key.pem");
        Files.writeString(publicKey, given().auth().oauth2(auditor).get("/audit/public-key").then().extract()
                .path("publicKeyPem"));
    }

    private Path download(String url, String accept) throws Exception {
        byte[] body = given().auth().oauth2(auditor).accept(accept).get(url).then().statusCode(200)
                .header("Content-Type", startsWith(accept)).extract().asByteArray();
        Path file = dir.resolve("export-" + System.nanoTime());
        Files.write(file, body);
        return file;
    }

    private ExportVerifier.Report verify(Path file) throws Exception {
        return new ExportVerifier().verify(file, ExportVerifier.publicKey(Files.readString(publicKey)));
    }

    @Test
    void singleCaseJsonLinesAreCompleteAndVerify() throws Exception {
        Path file = download("/requests/" + request + "/history/export", "application/x-ndjson");
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size(), "one case and the manifest");
        JsonNode c = json.readTree(lines.get(0)).get("case");
        assertEquals(request, c.at("/request/id").asText());
        assertEquals("SUPPORTED", c.at("/request/status").asText());
        assertTrue(c.at("/defender/reference").asText().startsWith("HRD-"));
        assertFalse(c.get("defender").has("legalName"), "pseudonymous by default");
        assertEquals(grant, c.at("/grants/0/id").asText());
        assertEquals("1", c.at("/grants/0/disbursements/0/tranche_number").asText());
        assertEquals(2, c.get("followUps").size(), "check-in and financial report planned by the payment");
        List<String> actions = new ArrayList<>();
        c.get("auditEntries").forEach(e -> actions.add(e.get("action").asText()));
        assertTrue(actions.containsAll(List.of("REQUEST_CREATED", "GRANT_PROPOSED", "GRANT_APPROVED",
                "GRANT_DISBURSED", "FOLLOW_UP_PLANNED")), actions.toString());
        JsonNode manifest = json.readTree(lines.get(1)).get("manifest");
        assertEquals(1, manifest.get("cases").asInt());
        assertEquals(c.get("auditEntries").size(), manifest.get("events").asInt());
        ExportVerifier.Report report = verify(file);
        assertTrue(report.valid(), report.problems().toString());
    }

    @Test
    void csvHasOneRowPerAuditEventAndVerifies() throws Exception {
        Path file = download("/requests/" + request + "/history/export", "text/csv");
        CsvMapper csv = new CsvMapper();
        List<List<String>> rows = new ArrayList<>();
        csv.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(file.toFile()).forEachRemaining(rows::add);
        assertEquals("row", rows.get(0).get(0));
        assertEquals("#manifest", rows.get(rows.size() - 1).get(0));
        JsonNode manifest = json.readTree(rows.get(rows.size() - 1).get(1)).get("manifest");
        assertEquals(rows.size() - 2, manifest.get("events").asInt(), "a row per audit event");
        assertTrue(rows.subList(1, rows.size() - 1).stream().allMatch(r -> r.get(2).equals(request)));
        ExportVerifier.Report report = verify(file);
        assertTrue(report.valid(), report.problems().toString());
    }

    @Test
    void csvFiltersSelectTheCasesTheJsonLinesFiltersSelect() throws Exception {
        String fund = given().auth().oauth2(auditor).get("/grants/" + grant).then().extract().path("fundId");
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // every filter at once, each kind of value the CSV's COPY reads from a setting: uuid, time, text
        String query = "/exports/case-histories?status=SUPPORTED&assistanceType=LEGAL&fundId=" + fund + "&from="
                + now.minusSeconds(3600) + "&to=" + now.plusSeconds(3600);
        List<String> csvCases = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(download(query + "&format=csv", "text/csv").toFile())
                .forEachRemaining(rows::add);
        rows.subList(1, rows.size() - 1).forEach(r -> {
            if (!csvCases.contains(r.get(2))) {
                csvCases.add(r.get(2));
            }
        });
        List<String> jsonCases = new ArrayList<>();
        List<String> lines = Files.readAllLines(download(query + "&format=jsonl", "application/x-ndjson"));
        for (String line : lines.subList(0, lines.size() - 1)) {
            jsonCases.add(json.readTree(line).at("/case/request/id").asText());
        }
        assertEquals(List.of(request), csvCases, "only this test's case has this fund");
        assertEquals(jsonCases, csvCases);
        Path none = download(query.replace("status=SUPPORTED", "status=DECLINED") + "&format=csv", "text/csv");
        assertEquals(2, Files.readAllLines(none).size(), "the header and the manifest");
    }

    @Test
    void csvCarriesAwkwardTextExactlyAndItsAuditHashesStillVerify() throws Exception {
        // every escape of PostgreSQL's COPY text format, a quote, a comma and multi-byte characters
        String awkward = "Said \"no\", then:\tleft\r\nback\\slash \\N — ünï 日本 \uD83D\uDE42";
        String other = GrantFixtures.aProposedGrant(GrantFixtures.aFund(50000, "EUR"), 1000);
        GrantFixtures.decide(GrantFixtures.manager(), other, GrantFixtures.approval(awkward)).then().statusCode(200);
        String case2 = given().auth().oauth2(auditor).get("/grants/" + other).then().extract().path("requestId");
        Path file = download("/requests/" + case2 + "/history/export", "text/csv");
        List<List<String>> rows = new ArrayList<>();
        new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(file.toFile()).forEachRemaining(rows::add);
        int reason = ExportService.CSV_COLUMNS.indexOf("reason");
        assertTrue(rows.stream().anyMatch(r -> awkward.equals(r.get(reason))), "the reason, unaltered");
        ExportVerifier.Report report = verify(file); // recomputes each row's audit hash from its fields
        assertTrue(report.valid(), report.problems().toString());
    }

    @Test
    void theVerifierCatchesAnAlteredByteADroppedLineAndReorderedLines() throws Exception {
        String other = GrantFixtures.anApprovedGrant(GrantFixtures.aFund(50000, "EUR"), 1000);
        GrantFixtures.anApprovedGrant(GrantFixtures.aFund(50000, "EUR"), 1000);
        Path file = download("/exports/case-histories?format=jsonl&status=SUPPORTED", "application/x-ndjson");
        assertTrue(verify(file).valid(), verify(file).problems().toString());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 4, "at least three cases: " + other);

        List<String> altered = new ArrayList<>(lines);
        altered.set(0, altered.get(0).replaceFirst("\"status\":\"SUPPORTED\"", "\"status\":\"SUPPORTEE\""));
        assertInvalid(altered, "line 2: the line before it was altered");

        List<String> dropped = new ArrayList<>(lines);
        dropped.remove(1);
        assertInvalid(dropped, "line 2: carries number 3");

        List<String> reordered = new ArrayList<>(lines);
        Collections.swap(reordered, 0, 1);
        assertInvalid(reordered, "line 1: carries number 2");
    }

    @Test
    void theVerifierCatchesAForgedAuditEntryEvenWithTheLineChainRepaired() throws Exception {
        Path file = download("/requests/" + request + "/history/export", "application/x-ndjson");
        String text = Files.readString(file).replaceFirst("\"actorName\":\"Test ", "\"actorName\":\"Forged ");
        Path forged = dir.resolve("forged.jsonl");
        Files.writeString(forged, text);
        ExportVerifier.Report report = verify(forged);
        assertFalse(report.valid());
        assertTrue(report.problems().stream().anyMatch(p -> p.contains("does not match its hash")), report.problems()
                .toString());
    }

    @Test
    void theManifestsDescriptionOfTheExportIsSignedToo() throws Exception {
        Path file = download("/requests/" + request + "/history/export", "application/x-ndjson");
        String text = Files.readString(file);
        for (String[] edit : List.of(new String[] { "\"includesSensitive\":false", "\"includesSensitive\":true" },
                new String[] { "\"exportedBy\":\"", "\"exportedBy\":\"x" },
                new String[] { "\"status\":null", "\"status\":\"DECLINED\"" })) {
            Path forged = dir.resolve("manifest-" + System.nanoTime() + ".jsonl");
            Files.writeString(forged, text.replace(edit[0], edit[1]));
            ExportVerifier.Report report = verify(forged);
            assertFalse(report.valid(), "editing " + edit[0] + " must break the signature");
            assertTrue(report.problems().stream().anyMatch(p -> p.contains("signature")), report.problems().toString());
        }
    }

    @Test
    void theCommandLineEntryPointReportsAndExits() throws Exception {
        Path file = download("/requests/" + request + "/history/export", "application/x-ndjson");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, ExportVerifier.run(new String[] { "verify", file.toString(), "--public-key",
                publicKey.toString() }, new PrintStream(out)));
        assertTrue(out.toString().startsWith("VALID"));
        Files.writeString(file, Files.readString(file).replace("SUPPORTED", "DECLINED"));
        assertEquals(1, ExportVerifier.run(new String[] { "verify", file.toString(), "--public-key",
                publicKey.toString() }, new PrintStream(new ByteArrayOutputStream())));
        assertEquals(2, ExportVerifier.run(new String[] { "verify" }, new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void parametersLongerThanPublishedAreRefusedEvenWhenUnused() {
        String longReason = "r".repeat(org.haven.shared.web.Params.REASON_MAX_LENGTH + 1);
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("reason", longReason)
                .get("/exports/case-histories").then(), 400, "invalid-parameter", "reason");
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("reason", longReason)
                .get("/requests/" + request + "/history/export").then(), 400, "invalid-parameter", "reason");
        assertFieldProblem(given().auth().oauth2(auditor)
                .queryParam("to", "+999999999-12-31T23:59:59.999999999+18:00:00")
                .get("/exports/case-histories").then(), 400, "invalid-parameter", "to");
        given().auth().oauth2(auditor).queryParam("reason", "r".repeat(org.haven.shared.web.Params.REASON_MAX_LENGTH))
                .get("/requests/" + request + "/history/export").then().statusCode(200);
    }

    @Test
    void sensitiveFieldsOnlyWithAnExplicitReasonByAnAuditorAndAudited() throws Exception {
        String m = "EXPMARK" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        String defender = org.haven.support.DefenderFixtures.aDefender().with("legalName", m + "-legal")
                .register(officer);
        String sensitiveCase = RequestFixtures.aRequest(defender).with("narrative", m + "-narrative").open(officer);
        String url = "/requests/" + sensitiveCase + "/history/export";

        String plain = given().auth().oauth2(auditor).get(url).then().statusCode(200).extract().asString();
        assertFalse(plain.contains(m), "pseudonymous by default");
        assertProblem(given().auth().oauth2(auditor).queryParam("includeSensitive", "true").get(url).then(), 400,
                "invalid-parameter");
        assertProblem(given().auth().oauth2(Tokens.of(Roles.ADMIN)).queryParam("includeSensitive", "true")
                .queryParam("reason", "curious").get(url).then(), 403, "sensitive-export-forbidden");
        assertProblem(given().auth().oauth2(auditor).queryParam("includeSensitive", "true")
                .queryParam("reason", "Donor audit").queryParam("format", "csv").get(url).then(), 400,
                "invalid-parameter");

        Path file = dir.resolve("sensitive.jsonl");
        Files.write(file, given().auth().oauth2(auditor).queryParam("includeSensitive", "true")
                .queryParam("reason", "Donor audit of relocation costs (synthetic)").get(url).then().statusCode(200)
                .extract().asByteArray());
        List<String> lines = Files.readAllLines(file);
        JsonNode c = json.readTree(lines.get(0)).get("case");
        assertEquals(m + "-legal", c.at("/sensitive/defender/legalName").asText());
        assertEquals(m + "-narrative", c.at("/sensitive/request/narrative").asText());
        assertTrue(json.readTree(lines.get(1)).at("/manifest/includesSensitive").asBoolean());
        assertTrue(verify(file).valid(), verify(file).problems().toString());
        given().auth().oauth2(auditor).queryParam("caseId", sensitiveCase).queryParam("action", "EXPORT_STARTED")
                .queryParam("sort", "-seq").get("/audit").then()
                .body("items[0].reason", org.hamcrest.Matchers.equalTo("Donor audit of relocation costs (synthetic)"))
                .body("items[0].changes.includesSensitive.after", org.hamcrest.Matchers.equalTo(true));

        given().auth().oauth2(Tokens.of(Roles.ADMIN)).contentType("application/json")
                .body(Map.of("reason", "Asked to be forgotten")).post("/defenders/" + defender + "/erasure").then()
                .statusCode(200);
        String erased = given().auth().oauth2(auditor).queryParam("includeSensitive", "true")
                .queryParam("reason", "Re-check").get(url).then().statusCode(200).extract().asString();
        assertFalse(erased.contains(m));
    }

    @Test
    void everyExportIsAudited() {
        given().auth().oauth2(auditor).get("/requests/" + request + "/history/export").then().statusCode(200);
        given().auth().oauth2(auditor).queryParam("caseId", request).queryParam("action", "EXPORT_COMPLETED")
                .get("/audit").then().statusCode(200)
                .body("items[0].changes.cases.after", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].changes.digest.after", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void onlyAuditorsAndAdminsExport() {
        for (String role : List.of(Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER)) {
            assertProblem(given().auth().oauth2(Tokens.of(role)).get("/exports/case-histories").then(), 403,
                    "forbidden");
            assertProblem(given().auth().oauth2(Tokens.of(role)).get("/requests/" + request + "/history/export")
                    .then(), 403, "forbidden");
        }
        given().auth().oauth2(Tokens.of(Roles.ADMIN)).get("/requests/" + request + "/history/export").then()
                .statusCode(200);
        assertProblem(given().get("/exports/case-histories").then(), 401, "unauthenticated");
        assertProblem(given().auth().oauth2(auditor).queryParam("format", "xlsx").get("/exports/case-histories")
                .then(), 400, "invalid-parameter");
        assertProblem(given().auth().oauth2(auditor).get("/requests/" + java.util.UUID.randomUUID()
                + "/history/export").then(), 404, "not-found");
    }

    private void assertInvalid(List<String> lines, String expectedProblem) throws Exception {
        Path file = dir.resolve("tampered-" + System.nanoTime() + ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        ExportVerifier.Report report = verify(file);
        assertFalse(report.valid());
        assertTrue(report.problems().stream().anyMatch(p -> p.startsWith(expectedProblem)),
                "expected '" + expectedProblem + "' in " + report.problems());
    }
}
