package org.haven.legal;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class LegalStatusApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    ForcedReturnFlagging flagging;

    @Inject
    FlaggedEvents flagged;

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);
    private final String auditor = Tokens.of(Roles.AUDITOR);

    private ValidatableResponse record(String defender, String kind, LocalDate on, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "occurredOn", on.toString()));
        if (note != null) {
            body.put("note", note);
        }
        return given().auth().oauth2(officer).contentType(ContentType.JSON).body(body)
                .post("/defenders/" + defender + "/legal-events").then();
    }

    private ValidatableResponse status(String defender) {
        return given().auth().oauth2(officer).get("/defenders/" + defender + "/legal-events").then().statusCode(200);
    }

    @Test
    void theTimelineGivesTheSituationAndKeepsTheNoteSealed() throws Exception {
        String defender = aDefender().register(officer);
        record(defender, "ASYLUM_APPLICATION", TODAY.minusDays(200), null).statusCode(201);
        String refused = record(defender, "DECISION_REFUSED", TODAY.minusDays(20), "Synthetic refusal note")
                .statusCode(201).header("Location", containsString("/legal-events/"))
                .body("hasNote", equalTo(true)).body("hostCountry", equalTo("PK")).extract().path("id");
        status(defender).body("situation", equalTo("REFUSED")).body("events", hasSize(2))
                .body("atRiskOfForcedReturn", equalTo(false)).body("proposedRequest", nullValue())
                .body(not(containsString("Synthetic refusal note")));
        given().auth().oauth2(officer).get("/legal-events/" + refused + "/note?reason=synthetic-test")
                .then().statusCode(200).body("note", equalTo("Synthetic refusal note"));
        given().auth().oauth2(auditor).queryParam("entityId", refused).get("/audit").then()
                .body("items.action", org.hamcrest.Matchers.hasItems("LEGAL_EVENT_RECORDED", "LEGAL_EVENT_NOTE_VIEWED"))
                .body(not(containsString("Synthetic refusal note"))).body(not(containsString("\"PK\"")));
        try (var c = Database.asSuperuser(); var s = c.createStatement();
                var rs = s.executeQuery("select note from legal_event where id = '" + refused + "'")) {
            rs.next();
            assertFalse(new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains("Synthetic refusal note"), "the note is stored sealed");
        }
    }

    @Test
    void aDeadlineInTheWindowFlagsRaisesTheRiskAndProposesLegalAidOnce() {
        String defender = aDefender().with("riskLevel", "MODERATE").register(officer);
        LocalDate deadline = TODAY.plusDays(5);
        String event = record(defender, "APPEAL_DEADLINE", deadline, null).statusCode(201).extract().path("id");
        status(defender).body("atRiskOfForcedReturn", equalTo(true))
                .body("openDeadlines[0].eventId", equalTo(event)).body("openDeadlines[0].daysLeft", equalTo(5))
                .body("openDeadlines[0].pressing", equalTo(true))
                .body("proposedRequest.urgency", equalTo("IMMEDIATE"))
                .body("proposedRequest.assistanceTypes", equalTo(List.of("LEGAL")));
        given().auth().oauth2(officer).get("/defenders/" + defender).then().body("riskLevel", equalTo("CRITICAL"));
        var events = flagged.of(defender);
        assertEquals(1, events.size());
        assertEquals(deadline, events.get(0).deadline());
        assertEquals("APPEAL_DEADLINE", events.get(0).deadlineKind());
        assertEquals(Tokens.DEFAULT_TEAM, events.get(0).team());
        given().auth().oauth2(auditor).queryParam("entityId", event).queryParam("action", "FORCED_RETURN_FLAGGED")
                .get("/audit").then().body("totalItems", equalTo(1));
        given().auth().oauth2(auditor).queryParam("entityId", defender).queryParam("action", "DEFENDER_RISK_CHANGED")
                .get("/audit").then().body("totalItems", equalTo(1));

        // the proposal is never acted on by itself; once the officer opens it, it is no longer proposed
        given().auth().oauth2(officer).queryParam("defenderId", defender).get("/requests").then()
                .body("totalItems", equalTo(0));
        RequestFixtures.aRequest(defender).with("assistanceTypes", List.of("LEGAL")).with("urgency", "IMMEDIATE")
                .open(officer);
        status(defender).body("atRiskOfForcedReturn", equalTo(true)).body("proposedRequest", nullValue());

        // a second scan flags nothing twice; the appeal answers the deadline and resolves the flag
        flagging.scan();
        assertEquals(1, flagged.of(defender).size());
        record(defender, "APPEAL_FILED", TODAY, null).statusCode(201);
        status(defender).body("atRiskOfForcedReturn", equalTo(false)).body("situation", equalTo("APPEAL_PENDING"))
                .body("openDeadlines", hasSize(0));
        given().auth().oauth2(auditor).queryParam("entityId", event).queryParam("action", "FORCED_RETURN_FLAG_RESOLVED")
                .get("/audit").then().body("totalItems", equalTo(1));
    }

    @Test
    void retractingTheAnswerReopensTheFlag() {
        String defender = aDefender().register(officer);
        record(defender, "REMOVAL_ORDER", TODAY.plusDays(3), null).statusCode(201);
        String granted = record(defender, "DECISION_GRANTED", TODAY, null).statusCode(201).extract().path("id");
        status(defender).body("atRiskOfForcedReturn", equalTo(false));
        assertEquals(1, flagged.of(defender).size());
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("reason", "Entered for the wrong person"))
                .post("/legal-events/" + granted + "/retraction").then().statusCode(200)
                .body("retracted", equalTo(true));
        status(defender).body("atRiskOfForcedReturn", equalTo(true)).body("situation", equalTo("REMOVAL_ORDERED"));
        assertEquals(2, flagged.of(defender).size(), "flagged again, as a new alert");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("reason", "Again"))
                .post("/legal-events/" + granted + "/retraction").then(), 409,
                "legal-event-retracted");
    }

    @Test
    void theScanFlagsADeadlineThatEnteredTheWindowOnceAcrossReplicas() throws Exception {
        String defender = aDefender().register(officer);
        String event = record(defender, "APPEAL_DEADLINE", TODAY.plusDays(60), null).statusCode(201).extract().path("id");
        assertEquals(0, flagged.of(defender).size());
        // time passes: the deadline is now ten days away
        try (var c = Database.asSuperuser(); var s = c.createStatement()) {
            s.executeUpdate("update legal_event set occurred_on = current_date + 10 where id = '" + event + "'");
        }
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> replicas = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replicas.add(flagging::scan);
            }
            for (var f : pool.invokeAll(replicas)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, flagged.of(defender).size());
        given().auth().oauth2(auditor).queryParam("entityId", event).queryParam("action", "FORCED_RETURN_FLAGGED")
                .get("/audit").then().body("totalItems", equalTo(1))
                .body("items[0].actorSubject", equalTo("system:forced-return-scan"));
        status(defender).body("atRiskOfForcedReturn", equalTo(true));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        String defender = aDefender().register(officer);
        assertFieldProblem(record(defender, "DEPORTATION", TODAY.plusDays(1), null), 422, "validation-failed",
                "occurredOn");
        assertFieldProblem(record(defender, "INTERVIEW", LocalDate.of(1900, 1, 1), null), 422, "validation-failed",
                "occurredOn");
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("kind", "INTERVIEW", "occurredOn", TODAY.toString(), "hostCountry", "XX"))
                .post("/defenders/" + defender + "/legal-events").then(), 422, "validation-failed", "hostCountry");
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("kind", "NOT_A_KIND", "occurredOn", TODAY.toString()))
                .post("/defenders/" + defender + "/legal-events").then(), 400, "invalid-value", "kind");
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("occurredOn", TODAY.toString()))
                .post("/defenders/" + defender + "/legal-events").then(), 422, "validation-failed", "kind");
        assertProblem(given().auth().oauth2(officer)
                .get("/legal-events/" + java.util.UUID.randomUUID() + "/note?reason=x")
                .then(), 404, "not-found");
        status(defender).body("events", hasSize(0));
    }

    @Test
    void erasureBlanksTheTimelinesNotesAndHostCountries() {
        String defender = aDefender().register(officer);
        String event = record(defender, "APPEAL_DEADLINE", TODAY.plusDays(2), "Synthetic lawyer details")
                .statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of(Roles.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("reason", "The defender asked to be forgotten"))
                .post("/defenders/" + defender + "/erasure").then().statusCode(200);
        given().auth().oauth2(auditor).get("/defenders/" + defender + "/legal-events").then().statusCode(200)
                .body("events[0].hasNote", equalTo(false)).body("events[0].hostCountry", nullValue())
                .body("atRiskOfForcedReturn", equalTo(false));
        assertProblem(given().auth().oauth2(auditor)
                .get("/legal-events/" + event + "/note?reason=synthetic-test").then(), 410,
                "data-erased");
        assertProblem(record(defender, "INTERVIEW", TODAY, null), 409, "defender-not-active");
        given().auth().oauth2(auditor).queryParam("entityId", event).queryParam("action", "FORCED_RETURN_FLAG_RESOLVED")
                .get("/audit").then().body("totalItems", equalTo(1));
    }

    @Test
    void theOverviewCountsFlaggedDefendersByHostCountryAndGenderWithinTheTeam() {
        String team = "team-overview-" + java.util.UUID.randomUUID();
        String teamOfficer = Tokens.inTeams("officer-" + java.util.UUID.randomUUID(), List.of(team),
                Roles.PROTECTION_OFFICER);
        String teamManager = Tokens.inTeams("manager-" + java.util.UUID.randomUUID(), List.of(team),
                Roles.PROGRAMME_MANAGER);
        String woman = aDefender().with("gender", "WOMAN").with("currentCountry", "IR").register(teamOfficer);
        String man = aDefender().with("gender", "MAN").with("currentCountry", "PK").register(teamOfficer);
        String later = aDefender().with("gender", "MAN").with("currentCountry", "PK").register(teamOfficer);
        for (String[] e : new String[][] { { woman, "REMOVAL_ORDER", "3" }, { man, "APPEAL_DEADLINE", "1" },
                { later, "APPEAL_DEADLINE", "40" } }) {
            given().auth().oauth2(teamOfficer).contentType(ContentType.JSON)
                    .body(Map.of("kind", e[1], "occurredOn", TODAY.plusDays(Long.parseLong(e[2])).toString()))
                    .post("/defenders/" + e[0] + "/legal-events").then().statusCode(201);
        }
        given().auth().oauth2(teamManager).get("/legal/forced-return").then().statusCode(200)
                .body("atRisk", equalTo(2))
                .body("atRiskByHostCountry.find { it.category == 'IR' }.defenders", equalTo(1))
                .body("atRiskByHostCountry.find { it.category == 'PK' }.defenders", equalTo(1))
                .body("atRiskByGender.find { it.category == 'WOMAN' }.defenders", equalTo(1))
                .body("upcomingDeadlines.defenderId", equalTo(List.of(man, woman, later)))
                .body("upcomingDeadlines.flagged", equalTo(List.of(true, true, false)));
        given().auth().oauth2(teamManager).queryParam("horizon-days", "10").get("/legal/forced-return").then()
                .body("upcomingDeadlines", hasSize(2));
        // another team sees none of it
        given().auth().oauth2(officer).get("/legal/forced-return").then().statusCode(200)
                .body("upcomingDeadlines.defenderId", not(org.hamcrest.Matchers.hasItem(woman)));
    }

    /** Without the scan's lock, as two replicas recording at once would: the flag's key alone keeps it one. */
    @Test
    void twoTransactionsFlaggingTheSameDeadlineAtOnceFlagItOnce() throws Exception {
        String defender = aDefender().register(officer);
        String event = record(defender, "APPEAL_DEADLINE", TODAY.plusDays(60), null).statusCode(201).extract().path("id");
        try (var c = Database.asSuperuser(); var s = c.createStatement()) {
            s.executeUpdate("update legal_event set occurred_on = current_date + 4 where id = '" + event + "'");
        }
        java.util.UUID id = java.util.UUID.fromString(defender);
        var start = new java.util.concurrent.CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> replicas = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                replicas.add(() -> {
                    start.await();
                    return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                            .call(() -> flagging.reconcile(id, ForcedReturnFlagging.SYSTEM).size());
                });
            }
            int entries = 0;
            for (var f : pool.invokeAll(replicas)) {
                entries += f.get();
            }
            assertEquals(1, entries, "one of the two had something to record");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, flagged.of(defender).size());
    }
}
