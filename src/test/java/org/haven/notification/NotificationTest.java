package org.haven.notification;

import static io.restassured.RestAssured.given;
import static org.haven.support.GrantFixtures.aFund;
import static org.haven.support.GrantFixtures.aProposal;
import static org.haven.support.GrantFixtures.approval;
import static org.haven.support.GrantFixtures.decide;
import static org.haven.support.GrantFixtures.propose;
import static org.haven.support.Problems.assertFieldProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.DefenderFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.SmtpResource.InjectSmtp;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Notifications end to end: a change through the API, the outbox row written with it, the dispatcher,
 * a real SMTP server that receives the message, and the recipient's list. Each test works in a team
 * of its own, so that the people told are exactly those the test created.
 */
@QuarkusTest
class NotificationTest {

    @InjectSmtp
    GreenMail smtp;

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeadlineWatch watch;

    /** A person of a fresh team, with a work address; their first call puts them in the staff directory. */
    private record Person(String subject, String email, String token) {
    }

    private static Person person(String team, String role) {
        String subject = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = subject + "@desk.example.org";
        String token = Tokens.sign(Tokens.claimsInTeams(subject, List.of(team), role).claim("email", email));
        given().auth().oauth2(token).get("/notifications").then().statusCode(200);
        return new Person(subject, email, token);
    }

    private static String team() {
        return "team-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The manager assigns the (fresh, version 0) case to the officer. */
    private static void assign(Person manager, String caseId, Person officer) {
        given().auth().oauth2(manager.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("officer", officer.subject())).put("/requests/" + caseId + "/assignee").then().statusCode(200);
    }

    private void dispatchAll() {
        while (dispatcher.dispatch() > 0) {
            // until nothing is due
        }
    }

    private List<MimeMessage> mailTo(String address) throws jakarta.mail.MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address)) {
                found.add(message);
            }
        }
        return found;
    }

    @Test
    void anAssignedOfficerIsToldInTheConsoleAndByEmailWithoutAnythingAboutTheDefender() throws Exception {
        String team = team();
        Person officer = person(team, Roles.PROTECTION_OFFICER);
        Person manager = person(team, Roles.PROGRAMME_MANAGER);
        DefenderFixtures defender = DefenderFixtures.aDefender();
        String defenderId = defender.register(officer.token());
        RequestFixtures request = RequestFixtures.aRequest(defenderId);
        String id = request.open(officer.token());
        String reference = given().auth().oauth2(officer.token()).get("/requests/" + id).then().extract().path("reference");

        assign(manager, id, officer);

        given().auth().oauth2(officer.token()).get("/notifications").then().statusCode(200)
                .body("items.find { it.reference == '" + reference + "' }.kind", equalTo("CASE_ASSIGNED"))
                .body("items.find { it.reference == '" + reference + "' }.link", equalTo("/console/cases/" + id))
                .body("items.find { it.reference == '" + reference + "' }.read", equalTo(false));
        dispatchAll();

        List<MimeMessage> mail = mailTo(officer.email());
        assertEquals(1, mail.size(), "one e-mail to the assigned officer");
        String text = mail.get(0).getSubject() + "\n" + GreenMailUtil.getBody(mail.get(0));
        assertTrue(text.contains(reference), text);
        assertTrue(text.contains("/console/cases/" + id), text);
        for (String canary : List.of((String) defender.body().get("pseudonym"), (String) defender.body().get("legalName"),
                (String) defender.body().get("currentCity"), (String) defender.body().get("riskNotes"),
                (String) request.body().get("narrative"), (String) request.body().get("summary"))) {
            assertFalse(text.contains(canary), "the e-mail must not carry " + canary);
        }
        assertTrue(mailTo(manager.email()).isEmpty(), "the manager who assigned is not told");
    }

    @Test
    void aProposalIsAnnouncedToTheTeamsManagersButNeverToTheProposerAndTheDecisionToTheProposer() throws Exception {
        String team = team();
        Person officer = person(team, Roles.PROTECTION_OFFICER);
        Person manager = person(team, Roles.PROGRAMME_MANAGER);
        Person otherTeamsManager = person(team(), Roles.PROGRAMME_MANAGER);
        String defenderId = DefenderFixtures.aDefender().register(officer.token());
        String request = RequestFixtures.aRequest(defenderId).open(officer.token());
        RequestFixtures.transition(officer.token(), request, "IN_ASSESSMENT", null);
        RequestFixtures.assess(officer.token(), request, RequestFixtures.anAssessment());
        String grant = propose(officer.token(), aProposal(request, aFund(50000, "EUR"), 1000, "EUR")).then()
                .statusCode(201).extract().path("id");

        given().auth().oauth2(manager.token()).queryParam("unread", "true").get("/notifications").then()
                .body("items.findAll { it.link == '/console/grants/" + grant + "' }.kind", hasItem("APPROVAL_WAITING"));
        given().auth().oauth2(officer.token()).get("/notifications").then()
                .body("items.link", not(hasItem("/console/grants/" + grant)));
        given().auth().oauth2(otherTeamsManager.token()).get("/notifications").then()
                .body("items.link", not(hasItem("/console/grants/" + grant)));

        decide(manager.token(), grant, approval("ok")).then().statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(officer.token()).get("/notifications").then()
                .body("items.find { it.link == '/console/grants/" + grant + "' }.kind", equalTo("GRANT_APPROVED"));
    }

    @Test
    void aRecipientMarksTheirOwnNotificationsReadAndNobodyElsesIsEvenVisible() {
        String team = team();
        Person officer = person(team, Roles.PROTECTION_OFFICER);
        Person manager = person(team, Roles.PROGRAMME_MANAGER);
        Person stranger = person(team, Roles.PROTECTION_OFFICER);
        String id = RequestFixtures.aRequest(DefenderFixtures.aDefender().register(officer.token())).open(officer.token());
        assign(manager, id, officer);
        String notification = given().auth().oauth2(officer.token()).get("/notifications").then()
                .extract().path("items.find { it.link == '/console/cases/" + id + "' }.id");

        given().auth().oauth2(stranger.token()).post("/notifications/" + notification + "/read").then().statusCode(404);
        given().auth().oauth2(officer.token()).queryParam("unread", "true").get("/notifications").then()
                .body("items.id", hasItem(notification));

        given().auth().oauth2(officer.token()).post("/notifications/" + notification + "/read").then().statusCode(200)
                .body("read", equalTo(true));
        given().auth().oauth2(officer.token()).queryParam("unread", "true").get("/notifications").then()
                .body("items.id", not(hasItem(notification)));
        given().auth().oauth2(officer.token()).post("/notifications/read").then().statusCode(200)
                .body("marked", equalTo(0));
    }

    @Test
    void theDeadlineWatchTellsOnceHoweverOftenItRuns() throws Exception {
        String team = team();
        Person officer = person(team, Roles.PROTECTION_OFFICER);
        Person manager = person(team, Roles.PROGRAMME_MANAGER);
        String id = RequestFixtures.aRequest(DefenderFixtures.aDefender().register(officer.token()))
                .with("urgency", "IMMEDIATE").open(officer.token());
        try (Connection c = Database.asSuperuser();
                PreparedStatement s = c.prepareStatement("""
                        update assistance_request set received_at = now() - interval '30 hours',
                            decision_deadline = now() - interval '6 hours' where id = ?""")) {
            s.setObject(1, UUID.fromString(id));
            assertEquals(1, s.executeUpdate());
        }

        watch.run();
        watch.run();

        assertEquals(1, events("DEADLINE_PASSED:" + id + ":%"));
        assertEquals(1, events("IMMEDIATE_UNASSESSED:" + id));
        given().auth().oauth2(manager.token()).get("/notifications").then()
                .body("items.findAll { it.link == '/console/cases/" + id + "' }.kind",
                        org.hamcrest.Matchers.containsInAnyOrder("DEADLINE_PASSED", "IMMEDIATE_UNASSESSED"));
        given().auth().oauth2(officer.token()).get("/notifications").then()
                .body("items.findAll { it.link == '/console/cases/" + id + "' }.kind", equalTo(List.of("DEADLINE_PASSED")));
    }

    @Test
    void quietHoursHoldAnEmailAndADigestHourGathersThem() throws Exception {
        String team = team();
        Person officer = person(team, Roles.PROTECTION_OFFICER);
        Person manager = person(team, Roles.PROGRAMME_MANAGER);
        given().auth().oauth2(officer.token()).contentType(ContentType.JSON)
                .body(Map.of("emailEnabled", true, "timeZone", "Asia/Kabul", "digestHour", 8))
                .put("/notifications/preferences").then().statusCode(200).body("digestHour", equalTo(8));
        for (int i = 0; i < 2; i++) {
            String id = RequestFixtures.aRequest(DefenderFixtures.aDefender().register(officer.token())).open(officer.token());
            assign(manager, id, officer);
        }
        dispatchAll();
        assertTrue(mailTo(officer.email()).isEmpty(), "nothing before the digest hour");

        try (Connection c = Database.asSuperuser();
                PreparedStatement s = c.prepareStatement(
                        "update notification_delivery set not_before = now() - interval '1 minute' where target = ?")) {
            s.setString(1, officer.email());
            assertEquals(2, s.executeUpdate(), "two e-mails held for the digest");
        }
        dispatchAll();
        List<MimeMessage> mail = mailTo(officer.email());
        assertEquals(1, mail.size(), "one digest");
        assertTrue(mail.get(0).getSubject().contains("2 notifications"), mail.get(0).getSubject());
    }

    @Test
    void aDefendersRiskRaisedToCriticalIsToldToTheTeamButNotToWhoRaisedIt() {
        String team = team();
        Person officer = person(team, Roles.PROTECTION_OFFICER);
        Person colleague = person(team, Roles.PROTECTION_OFFICER);
        Person manager = person(team, Roles.PROGRAMME_MANAGER);
        DefenderFixtures defender = DefenderFixtures.aDefender();
        String id = defender.register(officer.token());
        Map<String, Object> profile = new java.util.HashMap<>(defender.profile());
        profile.put("riskLevel", "CRITICAL");
        given().auth().oauth2(officer.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(profile)
                .put("/defenders/" + id).then().statusCode(200);

        for (Person told : List.of(colleague, manager)) {
            given().auth().oauth2(told.token()).get("/notifications").then()
                    .body("items.find { it.link == '/console/defenders/" + id + "' }.kind", equalTo("RISK_CRITICAL"));
        }
        given().auth().oauth2(officer.token()).get("/notifications").then()
                .body("items.link", not(hasItem("/console/defenders/" + id)));
    }

    @Test
    void anAppealDeadlineInTheWindowTellsTheTeamOfTheForcedReturnRiskOnce() {
        String team = team();
        Person officer = person(team, Roles.PROTECTION_OFFICER);
        Person manager = person(team, Roles.PROGRAMME_MANAGER);
        String id = DefenderFixtures.aDefender().with("riskLevel", "MODERATE").register(officer.token());
        String deadline = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(5).toString();
        given().auth().oauth2(officer.token()).contentType(ContentType.JSON)
                .body(Map.of("kind", "APPEAL_DEADLINE", "occurredOn", deadline))
                .post("/defenders/" + id + "/legal-events").then().statusCode(201);

        given().auth().oauth2(manager.token()).get("/notifications").then()
                .body("items.findAll { it.kind == 'FORCED_RETURN_RISK' }.link", equalTo(List.of("/console/legal/defenders/" + id)))
                .body("items.find { it.kind == 'FORCED_RETURN_RISK' }.deadline", equalTo(deadline + "T00:00:00Z"))
                // the flag raised the risk to CRITICAL through the registry, which tells of that too
                .body("items.find { it.kind == 'RISK_CRITICAL' }.link", equalTo("/console/defenders/" + id));
    }

    @Test
    void preferencesAreCheckedFieldByField() {
        String token = Tokens.of(Roles.PROGRAMME_MANAGER);
        assertFieldProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("emailEnabled", true, "timeZone", "Mars/Olympus")).put("/notifications/preferences")
                .then(), 422, "unknown-time-zone", "timeZone");
        assertFieldProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("emailEnabled", true, "timeZone", "UTC", "quietFrom", "22:00"))
                .put("/notifications/preferences").then(), 422, "quiet-hours-incomplete", "quietUntil");
        assertFieldProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("emailEnabled", true, "timeZone", "UTC", "digestHour", 24))
                .put("/notifications/preferences").then(), 422, "validation-failed", "digestHour");
        given().auth().oauth2(token).get("/notifications/preferences").then().statusCode(200)
                .body("emailEnabled", equalTo(true)).body("timeZone", equalTo("UTC"));
    }

    private static int events(String keyPattern) throws Exception {
        try (Connection c = Database.asSuperuser();
                PreparedStatement s = c.prepareStatement("select count(*) from notification_event where event_key like ?")) {
            s.setString(1, keyPattern);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
