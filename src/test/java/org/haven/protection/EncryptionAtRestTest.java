package org.haven.protection;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.ActivityFixtures;
import org.haven.support.Database;
import org.haven.support.OrganisationFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What a database dump shows: no sensitive value in clear anywhere, and after an erasure nothing
 * of the person that could be recovered, while the audit chain still verifies.
 */
@QuarkusTest
class EncryptionAtRestTest {

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);

    /** Every table of the schema, dumped as text (bytea as hex, so also as UTF-8 bytes searched below). */
    private static String dump() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = Database.asSuperuser(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select t::text from \"" + table + "\" t")) {
                    while (rs.next()) {
                        all.append(rs.getString(1)).append('\n');
                    }
                }
                // bytea columns: look at their raw bytes too
                try (ResultSet cols = c.getMetaData().getColumns(null, "public", table, null)) {
                    while (cols.next()) {
                        if ("bytea".equals(cols.getString("TYPE_NAME"))) {
                            try (Statement inner = c.createStatement(); ResultSet rs = inner.executeQuery(
                                    "select \"" + cols.getString("COLUMN_NAME") + "\" from \"" + table + "\"")) {
                                while (rs.next()) {
                                    byte[] bytes = rs.getBytes(1);
                                    if (bytes != null) {
                                        all.append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n');
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return all.toString();
    }

    private String[] caseWithMarkers(String m) {
        String defender = aDefender().with("legalName", m + "-legal").with("currentCity", m + "-city")
                .with("riskNotes", m + "-risk").with("otherNames", List.of(m + "-alias"))
                .with("contacts", List.of(Map.of("channel", "SIGNAL", "value", m + "-contact"))).register(officer);
        String request = RequestFixtures.aRequest(defender).with("narrative", m + "-narrative").open(officer);
        RequestFixtures.transition(officer, request, "IN_ASSESSMENT", null);
        Map<String, Object> assessment = RequestFixtures.anAssessment();
        assessment.put("riskAssessment", m + "-riskassessment");
        RequestFixtures.assess(officer, request, assessment);
        String followUp = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("requestId", request, "type", "CHECK_IN", "dueOn", "2030-01-01")).post("/follow-ups")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("completedAt", "2026-01-01T00:00:00Z", "outcome", "SAFE", "notes", m + "-notes"))
                .post("/follow-ups/" + followUp + "/outcome").then().statusCode(200);
        return new String[] { defender, request, followUp };
    }

    @Test
    void noSensitiveValueIsStoredInClearButTheApiReadsThemBack() throws Exception {
        String m = "ENCMARK" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String[] ids = caseWithMarkers(m);
        given().auth().oauth2(officer).get("/defenders/" + ids[0] + "/sensitive?reason=test").then().statusCode(200)
                .body("legalName", equalTo(m + "-legal")).body("contacts[0].value", equalTo(m + "-contact"));
        given().auth().oauth2(officer).get("/requests/" + ids[1] + "/sensitive?reason=test").then()
                .body("narrative", equalTo(m + "-narrative")).body("riskAssessment", equalTo(m + "-riskassessment"));
        given().auth().oauth2(officer).get("/follow-ups/" + ids[2] + "/sensitive?reason=test").then()
                .body("notes", equalTo(m + "-notes"));
        String organisation = OrganisationFixtures.anOrganisation()
                .with("contacts", List.of(Map.of("channel", "EMAIL", "value", m + "-orgcontact"))).register(officer);
        given().auth().oauth2(officer).get("/organisations/" + organisation + "/sensitive?reason=test").then()
                .statusCode(200).body("contacts[0].value", equalTo(m + "-orgcontact"));
        String activity = ActivityFixtures.anActivity().with("location", m + "-venue").plan(officer);
        given().auth().oauth2(officer).get("/activities/" + activity + "/sensitive?reason=test").then()
                .statusCode(200).body("location", equalTo(m + "-venue"));
        assertFalse(dump().contains(m), "a sensitive value is readable in the raw database");
    }

    @Test
    void erasureLeavesNothingRecoverableAndTheChainStillVerifies() throws Exception {
        String m = "ERASEMARK" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String pseudonym = "Pseudo" + m;
        String defender = aDefender().with("pseudonym", pseudonym).with("legalName", m + "-legal")
                .with("organisation", m + "-org").register(officer);
        String request = RequestFixtures.aRequest(defender).with("narrative", m + "-narrative")
                .with("summary", "Relocation for " + m).open(officer);
        byte[] wrappedBefore;
        try (Connection c = Database.asSuperuser(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select wrapped_key from defender_key where defender_id = '" + defender
                        + "'")) {
            assertTrue(rs.next());
            wrappedBefore = rs.getBytes(1);
        }
        assertTrue(wrappedBefore != null && wrappedBefore.length > 0);
        assertTrue(dump().contains(pseudonym), "sanity: the pseudonym and summary are stored in clear before");

        assertProblem(given().auth().oauth2(Tokens.of(Roles.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("reason", " ")).post("/defenders/" + defender + "/erasure").then(), 422,
                "validation-failed");
        given().auth().oauth2(Tokens.of(Roles.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("reason", "The defender asked to be forgotten (synthetic)"))
                .post("/defenders/" + defender + "/erasure").then().statusCode(200)
                .body("status", equalTo("ERASED")).body("organisation", nullValue());

        String dump = dump();
        assertFalse(dump.contains(m), "something of the erased person is still in the database: "
                + dump.lines().filter(l -> l.contains(m)).map(l -> l.length() > 300 ? l.substring(0, 300) : l).toList());
        try (Connection c = Database.asSuperuser(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select wrapped_key, destroyed_at from defender_key where defender_id = '"
                        + defender + "'")) {
            assertTrue(rs.next());
            assertEquals(null, rs.getBytes(1), "the data key is destroyed");
            assertTrue(rs.getTimestamp(2) != null);
        }
        assertProblem(given().auth().oauth2(officer).get("/defenders/" + defender + "/sensitive?reason=test").then(),
                410, "data-erased");
        given().auth().oauth2(officer).get("/requests/" + request).then().statusCode(200)
                .body("summary", equalTo("(erased)"));
        assertProblem(given().auth().oauth2(Tokens.of(Roles.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).post("/defenders/" + defender + "/erasure").then(), 409,
                "defender-erased");
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true));
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("entityId", defender)
                .queryParam("action", "DEFENDER_ERASED").get("/audit").then()
                .body("items[0].reason", equalTo("The defender asked to be forgotten (synthetic)"));
    }
}
