package org.haven.organisation;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.OrganisationFixtures.anOrganisation;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.OrganisationFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Organisations: registration, sealed contacts, vetting, archiving, linked defenders, erasure. */
@QuarkusTest
class OrganisationApiTest {

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);
    private final String manager = Tokens.of(Roles.PROGRAMME_MANAGER);
    private final String auditor = Tokens.of(Roles.AUDITOR);

    @Test
    void registrationFilesUnderTheTeamAndNeverShowsTheContacts() {
        String marker = "ORGMARK" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(anOrganisation().with("types", List.of("HOST", "PARTNER"))
                        .with("contacts", List.of(Map.of("channel", "EMAIL", "value", marker))).body())
                .post("/organisations").then().statusCode(201)
                .header("Location", matchesPattern(".*/organisations/[0-9a-f-]{36}"))
                .header("ETag", "\"0\"")
                .body("reference", matchesPattern("^ORG-[0-9]{6,12}$"))
                .body("team", equalTo(Tokens.DEFAULT_TEAM))
                .body("status", equalTo("ACTIVE"))
                .body("vettingStatus", equalTo("NOT_VETTED"))
                .body("vettedOn", nullValue())
                .body("types", containsInAnyOrder("HOST", "PARTNER"))
                .body("$", not(hasKey("contacts")))
                .body(not(org.hamcrest.Matchers.containsString(marker)));
    }

    @Test
    void contactsAreSealedAtRestAndReadOnlyWithAReasonThatIsAudited() throws Exception {
        String marker = "ORGSEAL" + UUID.randomUUID().toString().substring(0, 8);
        String id = anOrganisation().with("contacts", List.of(Map.of("channel", "SIGNAL", "value", marker)))
                .register(officer);
        try (Connection c = Database.asSuperuser();
                PreparedStatement s = c.prepareStatement("select contacts from organisation where id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                byte[] stored = rs.getBytes(1);
                assertTrue(stored != null && stored.length > 0, "the contacts are stored");
                assertFalse(new String(stored, StandardCharsets.UTF_8).contains(marker), "no clear text at rest");
            }
        }
        assertProblem(given().auth().oauth2(officer).get("/organisations/" + id + "/sensitive").then(), 400,
                "invalid-parameter");
        given().auth().oauth2(auditor).queryParam("reason", "synthetic audit sample")
                .get("/organisations/" + id + "/sensitive").then().statusCode(200).header("ETag", "\"0\"")
                .body("contacts[0].value", equalTo(marker));
        JsonPath history = given().auth().oauth2(auditor).get("/organisations/" + id + "/history").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("ORGANISATION_REGISTERED", "ORGANISATION_SENSITIVE_VIEWED"),
                history.getList("action", String.class));
        assertEquals("synthetic audit sample", history.getString("[1].reason"));
        String audit = given().auth().oauth2(auditor).get("/organisations/" + id + "/history").asString();
        assertFalse(audit.contains(marker), "the audit log holds no contact in clear");
    }

    @Test
    void aDataKeyBelongsToADefenderOrAnOrganisationAndToNothingElse() throws Exception {
        String organisation = anOrganisation().register(officer);
        try (Connection c = Database.asRuntimeRole()) {
            try (var s = c.prepareStatement("select count(*) from defender_key where defender_id = ?")) {
                s.setObject(1, UUID.fromString(organisation));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "the organisation's contacts were sealed with its own key");
                }
            }
            try (var s = c.prepareStatement("insert into defender_key (defender_id, kek_id, wrapped_key, created_at)"
                    + " values (?, 'k1', '\\x00', now())")) {
                s.setObject(1, UUID.randomUUID());
                var refused = assertThrows(java.sql.SQLException.class,
                        s::executeUpdate);
                assertEquals("23503", refused.getSQLState(), "foreign_key_violation: " + refused.getMessage());
            }
        }
    }

    @Test
    void contactsAndProfileChangeWithIfMatchOnly() {
        OrganisationFixtures data = anOrganisation();
        String id = data.register(officer);
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(data.with("name", "Renamed Synthetic").profile()).put("/organisations/" + id).then(), 428,
                "if-match-required");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(data.profile()).put("/organisations/" + id).then(), 412, "stale-version");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(data.profile()).put("/organisations/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Renamed Synthetic"));
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("contacts", List.of(Map.of("channel", "EMAIL", "value", "desk@example.org"))))
                .put("/organisations/" + id + "/sensitive").then().statusCode(200).header("ETag", "\"2\"");
        JsonPath history = given().auth().oauth2(auditor).get("/organisations/" + id + "/history").then()
                .extract().jsonPath();
        assertEquals(List.of("ORGANISATION_REGISTERED", "ORGANISATION_PROFILE_CHANGED",
                "ORGANISATION_CONTACTS_CHANGED"), history.getList("action", String.class));
        // names and contacts are recorded as changed only
        assertEquals(Boolean.TRUE, history.get("[1].changes.name.sensitive"));
        assertEquals(Boolean.TRUE, history.get("[2].changes.contacts.sensitive"));
        assertFalse(history.prettify().contains("Renamed Synthetic"));
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsWritten() {
        long before = total(auditor);
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(anOrganisation().with("types", List.of()).body()).post("/organisations").then(), 422,
                "validation-failed", "types");
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(anOrganisation().with("country", "XX").body()).post("/organisations").then(), 422,
                "validation-failed", "country");
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(anOrganisation().with("name", " ").body()).post("/organisations").then(), 422,
                "validation-failed", "name");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(anOrganisation().with("types", List.of("GOVERNMENT")).body()).post("/organisations").then(),
                400, "invalid-value");
        assertEquals(before, total(auditor), "no organisation was registered");
    }

    @Test
    void vettingIsAManagersDecisionWithADateAndAReason() {
        String id = anOrganisation().register(officer);
        assertProblem(vet(officer, id, "\"0\"", Map.of("status", "VETTED", "vettedOn", "2026-01-05",
                "reason", "Checked with two partners")).then(), 403, "forbidden");
        assertFieldProblem(vet(manager, id, "\"0\"", Map.of("status", "VETTED", "reason", "Checked")).then(), 422,
                "vetting-date-required", "vettedOn");
        assertFieldProblem(vet(manager, id, "\"0\"", Map.of("status", "VETTED",
                "vettedOn", LocalDate.now().plusDays(3).toString(), "reason", "Checked")).then(), 422,
                "vetting-date-in-future", "vettedOn");
        assertFieldProblem(vet(manager, id, "\"0\"", Map.of("status", "VETTED", "vettedOn", "2026-01-05")).then(),
                422, "validation-failed", "reason");
        vet(manager, id, "\"0\"", Map.of("status", "VETTED", "vettedOn", "2026-01-05",
                "reason", "Checked with two partners")).then().statusCode(200)
                .body("vettingStatus", equalTo("VETTED")).body("vettedOn", equalTo("2026-01-05"));
        JsonPath entry = given().auth().oauth2(auditor).get("/organisations/" + id + "/history").then()
                .extract().jsonPath();
        assertEquals("ORGANISATION_VETTED", entry.getString("[1].action"));
        assertEquals("Checked with two partners", entry.getString("[1].reason"));
        assertEquals("VETTED", entry.getString("[1].changes.vettingStatus.after"));
        assertEquals("NOT_VETTED", entry.getString("[1].changes.vettingStatus.before"));
        given().auth().oauth2(manager).queryParam("vettingStatus", "VETTED").queryParam("size", 100)
                .get("/organisations").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void anArchivedOrganisationChangesNoMore() {
        OrganisationFixtures data = anOrganisation();
        String id = data.register(officer);
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "Partnership ended")).post("/organisations/" + id + "/archive").then()
                .statusCode(200).body("status", equalTo("ARCHIVED")).body("archiveReason", equalTo("Partnership ended"));
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(data.profile()).put("/organisations/" + id).then(), 409, "organisation-not-active");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("defenderId", aDefender().register(officer), "role", "MEMBER"))
                .post("/organisations/" + id + "/members").then(), 409, "organisation-not-active");
        given().auth().oauth2(officer).get("/organisations?status=ARCHIVED&size=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void defendersOfTheTeamAreLinkedOnceAndTheLinkEndsWithAReason() {
        String org = anOrganisation().register(officer);
        String defender = aDefender().register(officer);
        OrganisationFixtures.link(officer, org, defender, "STAFF");
        assertProblem(given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("defenderId", defender, "role", "MEMBER"))
                .post("/organisations/" + org + "/members").then(), 409, "already-member");
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("defenderId", UUID.randomUUID().toString(), "role", "MEMBER"))
                .post("/organisations/" + org + "/members").then(), 422, "unknown-defender", "defenderId");
        given().auth().oauth2(auditor).get("/organisations/" + org + "/members").then().statusCode(200)
                .body("defenderId", contains(defender)).body("role", contains("STAFF"))
                .body("[0].defenderReference", matchesPattern("^HRD-[0-9]+$"));
        given().auth().oauth2(officer).queryParam("defenderId", defender).get("/organisations").then()
                .statusCode(200).body("items.id", contains(org));

        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("defenderId", defender))
                .post("/organisations/" + org + "/members/removal").then(), 422, "validation-failed", "reason");
        Map<String, Object> removal = Map.of("defenderId", defender, "reason", "Left the network");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(removal)
                .post("/organisations/" + org + "/members/removal").then().statusCode(200)
                .body("size()", equalTo(0));
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).body(removal)
                .post("/organisations/" + org + "/members/removal").then(), 404, "not-found");
        // linked again later: a new link
        OrganisationFixtures.link(officer, org, defender, "MEMBER");
        JsonPath history = given().auth().oauth2(auditor).get("/organisations/" + org + "/history").then()
                .extract().jsonPath();
        assertEquals(List.of("ORGANISATION_REGISTERED", "ORGANISATION_MEMBER_LINKED", "ORGANISATION_MEMBER_REMOVED",
                "ORGANISATION_MEMBER_LINKED"), history.getList("action", String.class));
        assertEquals("Left the network", history.getString("[2].reason"));
    }

    @Test
    void aDefenderOfAnotherTeamIsNotLinked() {
        String teamA = "team-org-a-" + UUID.randomUUID();
        String teamB = "team-org-b-" + UUID.randomUUID();
        String both = Tokens.inTeams("officer-ab-" + UUID.randomUUID(), List.of(teamA, teamB), Roles.PROTECTION_OFFICER);
        String org = anOrganisation().with("team", teamA).register(both);
        String defender = aDefender().with("team", teamB).register(both);
        assertFieldProblem(given().auth().oauth2(both).contentType(ContentType.JSON)
                .body(Map.of("defenderId", defender, "role", "MEMBER"))
                .post("/organisations/" + org + "/members").then(), 422, "defender-in-another-team", "defenderId");
    }

    @Test
    void concurrentLinksOfTheSameDefenderMakeOneLink() throws Exception {
        String org = anOrganisation().register(officer);
        String defender = aDefender().register(officer);
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> given().auth().oauth2(officer).contentType(ContentType.JSON)
                        .body(Map.of("defenderId", defender, "role", "MEMBER"))
                        .post("/organisations/" + org + "/members").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (var f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(officer).get("/organisations/" + org + "/members").then().body("size()", equalTo(1));
    }

    @Test
    void erasureRemovesTheDefendersLinksAndTheChainStillVerifies() {
        String org = anOrganisation().register(officer);
        String defender = aDefender().register(officer);
        OrganisationFixtures.link(officer, org, defender, "LEADERSHIP");
        given().auth().oauth2(Tokens.of(Roles.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("reason", "The defender asked to be forgotten"))
                .post("/defenders/" + defender + "/erasure").then().statusCode(200);
        given().auth().oauth2(officer).get("/organisations/" + org + "/members").then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(officer).queryParam("defenderId", defender).get("/organisations").then()
                .body("totalItems", equalTo(0));
        assertTrue(given().auth().oauth2(auditor).get("/audit/verify").then().statusCode(200).extract().jsonPath()
                .getBoolean("valid"));
    }

    @Test
    void listsFilterByTypeAndText() {
        String tag = "Filterable " + UUID.randomUUID().toString().substring(0, 8);
        String host = anOrganisation().with("name", tag + " host").with("types", List.of("HOST")).register(officer);
        anOrganisation().with("name", tag + " funder").with("types", List.of("FUNDER")).register(officer);
        given().auth().oauth2(officer).queryParam("q", tag).queryParam("type", "HOST").get("/organisations").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(host));
        given().auth().oauth2(officer).queryParam("q", tag).get("/organisations").then()
                .body("totalItems", equalTo(2));
        assertProblem(given().auth().oauth2(officer).queryParam("type", "NOPE").get("/organisations").then(), 400,
                "invalid-parameter");
    }

    private static io.restassured.response.Response vet(String token, String id, String ifMatch,
            Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .post("/organisations/" + id + "/vetting");
    }

    private static long total(String auditor) {
        return given().auth().oauth2(auditor).queryParam("status", "ACTIVE").get("/organisations").then()
                .statusCode(200).extract().jsonPath().getLong("totalItems");
    }
}
