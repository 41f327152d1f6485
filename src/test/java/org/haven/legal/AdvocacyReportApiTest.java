package org.haven.legal;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertFieldProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.haven.export.LineChain;
import org.haven.export.verify.ExportVerifier;
import org.haven.shared.security.Roles;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AdvocacyReportApiTest {

    private final String team = "team-report-" + UUID.randomUUID();
    private final String officer = Tokens.inTeams("officer-" + UUID.randomUUID(), List.of(team), Roles.PROTECTION_OFFICER);
    private final String manager = Tokens.inTeams("manager-" + UUID.randomUUID(), List.of(team), Roles.PROGRAMME_MANAGER);

    private void decided(String gender, String country, int howMany) {
        for (int i = 0; i < howMany; i++) {
            String defender = aDefender().with("gender", gender).with("currentCountry", country).register(officer);
            String request = RequestFixtures.aRequest(defender).open(officer);
            RequestFixtures.transition(officer, request, "IN_ASSESSMENT", null);
            RequestFixtures.transition(officer, request, "DECLINED", "Synthetic: outside the mandate");
        }
    }

    private String report(String token) {
        return given().auth().oauth2(token).queryParam("population", "DECIDED").queryParam("rows", "COUNTRY_OF_EXILE")
                .queryParam("columns", "GENDER").get("/reports/advocacy").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
    }

    @Test
    void smallCountsAreSuppressedAndTheManifestIsSigned() throws Exception {
        decided("WOMAN", "PK", 6);
        decided("MAN", "TR", 2);
        decided("WOMAN", "TR", 1);
        String csv = report(manager);
        List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\n")));
        assertEquals("COUNTRY_OF_EXILE\\GENDER,WOMAN,MAN,NON_BINARY,OTHER,UNDISCLOSED,NOT_RECORDED,TOTAL",
                lines.get(0));
        assertEquals("PK,6,0,0,0,0,0,6", lines.get(1));
        assertTrue(lines.get(2).startsWith("TR,x,x,0,0,0,0,x"), lines.get(2));
        for (String line : lines.subList(1, lines.size() - 1)) {
            for (String value : line.split(",")) {
                if (value.matches("[0-9]+")) {
                    long n = Long.parseLong(value);
                    assertTrue(n == 0 || n >= 5, "published " + n + " in " + line);
                }
            }
        }
        assertFalse(csv.contains("Falcon-"), "no pseudonym, no free text");
        assertFalse(csv.contains("manager-"), "nor who issued it: that stays in the audit log");

        String manifestLine = lines.get(lines.size() - 1);
        assertTrue(manifestLine.startsWith("#manifest,\""));
        JsonNode manifest = new ObjectMapper().readTree(manifestLine.substring("#manifest,\"".length(),
                manifestLine.length() - 1).replace("\"\"", "\"")).get("manifest");
        byte[] data = csv.substring(0, csv.length() - manifestLine.length() - 1).getBytes(StandardCharsets.UTF_8);
        assertEquals(LineChain.digest(data), manifest.get("digest").asText());
        assertEquals(lines.size() - 1, manifest.get("lines").asLong());
        byte[] message = AdvocacyReportService.message(manifest.get("reportId").asText(),
                manifest.get("generatedAt").asText(), manifest.get("parameters").asText(), manifest.get("minimumCount").asInt(), manifest.get("lines").asLong(),
                manifest.get("digest").asText(), manifest.get("keyId").asText());
        String auditor = Tokens.of(Roles.AUDITOR);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(ExportVerifier.publicKey(given().auth().oauth2(auditor).get("/audit/public-key").then()
                .extract().path("publicKeyPem")));
        signature.update(message);
        assertTrue(signature.verify(Base64.getDecoder().decode(manifest.get("signature").asText())));
        signature.initVerify(ExportVerifier.publicKey(given().auth().oauth2(auditor).get("/audit/public-key").then()
                .extract().path("publicKeyPem")));
        message[message.length - 2] ^= 1;
        signature.update(message);
        assertFalse(signature.verify(Base64.getDecoder().decode(manifest.get("signature").asText())),
                "an altered message does not verify");

        given().auth().oauth2(auditor).queryParam("entityId", manifest.get("reportId").asText())
                .queryParam("action", "AGGREGATE_REPORT_ISSUED").get("/audit").then().body("totalItems", equalTo(1));
    }

    @Test
    void aManagerCountsOnlyTheirTeamsCases() {
        decided("WOMAN", "IR", 5);
        String otherTeam = Tokens.inTeams("manager-" + UUID.randomUUID(), List.of("team-other-" + UUID.randomUUID()),
                Roles.PROGRAMME_MANAGER);
        assertTrue(report(manager).contains("\nIR,5,"));
        assertFalse(report(otherTeam).contains("\nIR,"));
    }

    @Test
    void parametersThatMakeNoReportAreRefusedNamingTheParameter() {
        assertFieldProblem(given().auth().oauth2(manager).queryParam("rows", "GENDER").queryParam("columns", "GENDER")
                .get("/reports/advocacy").then(), 422, "validation-failed", "columns");
        assertFieldProblem(given().auth().oauth2(manager).queryParam("from", "2026-Q3").queryParam("to", "2026-Q1")
                .get("/reports/advocacy").then(), 422, "validation-failed", "from");
        assertFieldProblem(given().auth().oauth2(manager).queryParam("from", "2020-Q1").queryParam("to", "2026-Q1")
                .get("/reports/advocacy").then(), 422, "validation-failed", "to");
        assertFieldProblem(given().auth().oauth2(manager).queryParam("from", "2026-5")
                .get("/reports/advocacy").then(), 400, "invalid-parameter", "from");
        assertFieldProblem(given().auth().oauth2(manager).queryParam("rows", "NAME")
                .get("/reports/advocacy").then(), 400, "invalid-parameter", "rows");
    }

    @Test
    void everyQuarterOfThePeriodIsAColumnAndCountsLandInTheirQuarter() {
        decided("MAN", "DE", 5);
        String csv = given().auth().oauth2(manager).queryParam("population", "DECIDED").queryParam("rows", "GENDER")
                .queryParam("columns", "QUARTER").queryParam("from", "2025-Q1").get("/reports/advocacy").then()
                .statusCode(200).extract().asString();
        String header = csv.split("\n")[0];
        assertTrue(header.startsWith("GENDER\\QUARTER,2025-Q1,2025-Q2,2025-Q3,2025-Q4,2026-Q1"), header);
        assertTrue(header.endsWith(",TOTAL"));
        List<String> columns = Arrays.asList(header.split(","));
        int now = columns.indexOf(Quarter.of(java.time.LocalDate.now(java.time.ZoneOffset.UTC)).toString());
        String man = Arrays.stream(csv.split("\n")).filter(l -> l.startsWith("MAN,")).findFirst().orElseThrow();
        assertEquals("5", man.split(",")[now], man);
        assertEquals("0", man.split(",")[1], "nothing decided in 2025-Q1 for this team");
    }
}
