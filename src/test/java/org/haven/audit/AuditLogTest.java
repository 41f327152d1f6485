package org.haven.audit;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionRequiredException;

import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AuditLogTest {

    private final String auditor = Tokens.of(Roles.AUDITOR);

    @Inject
    AuditLog auditLog;

    private io.restassured.response.ValidatableResponse entriesFor(String entityId) {
        return given().auth().oauth2(auditor).queryParam("entityType", "defender").queryParam("entityId", entityId)
                .get("/audit").then().statusCode(200);
    }

    @Test
    void registrationIsOneEntryWithActorRolesAndNoSensitiveValues() {
        String officer = Tokens.forUser("officer-audit-1", Roles.PROTECTION_OFFICER);
        var fixture = aDefender().with("legalName", "Marker Legalname Qx7").with("currentCity", "Marker City Qx7");
        String id = fixture.register(officer);
        entriesFor(id)
                .body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("DEFENDER_REGISTERED"))
                .body("items[0].actorSubject", equalTo("officer-audit-1"))
                .body("items[0].actorName", equalTo("Test officer-audit-1"))
                .body("items[0].actorRoles", contains(Roles.PROTECTION_OFFICER))
                .body("items[0].entityId", equalTo(id))
                .body("items[0].occurredAt", notNullValue())
                .body("items[0].hash", matchesPattern("[0-9a-f]{64}"))
                .body("items[0].prevHash", matchesPattern("[0-9a-f]{64}"))
                .body("items[0].changes.riskLevel.after", equalTo("HIGH"))
                .body("items[0].changes.legalName.changed", equalTo(true))
                .body("items[0].changes.legalName.sensitive", equalTo(true))
                .body(not(containsString("Marker Legalname Qx7")))
                .body(not(containsString("Marker City Qx7")));
    }

    @Test
    void profileChangeRecordsBeforeAndAfterOfChangedFieldsOnly() {
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        var fixture = aDefender();
        String id = fixture.register(officer);
        Map<String, Object> profile = new java.util.HashMap<>(fixture.profile());
        profile.put("riskLevel", "CRITICAL");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(profile)
                .put("/defenders/" + id).then().statusCode(200);
        entriesFor(id).body("totalItems", equalTo(2))
                .body("items[1].action", equalTo("DEFENDER_PROFILE_CHANGED"))
                .body("items[1].changes.riskLevel.before", equalTo("HIGH"))
                .body("items[1].changes.riskLevel.after", equalTo("CRITICAL"))
                .body("items[1].changes.pseudonym", nullValue())
                .body("items[1].prevHash", notNullValue());
    }

    @Test
    void sensitiveChangeRecordsWhichFieldsChangedButNotTheirValues() {
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        String id = aDefender().register(officer);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("legalName", "Secret Newname Zq9", "otherNames", List.of(), "contacts", List.of()))
                .put("/defenders/" + id + "/sensitive").then().statusCode(200);
        entriesFor(id).body("items[1].action", equalTo("DEFENDER_SENSITIVE_DETAILS_CHANGED"))
                .body("items[1].changes.legalName.changed", equalTo(true))
                .body("items[1].changes.currentCity.changed", equalTo(true))
                .body(not(containsString("Secret Newname Zq9")));
    }

    @Test
    void archiveRecordsReasonAndStateChange() {
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        String id = aDefender().register(officer);
        given().auth().oauth2(Tokens.of(Roles.PROGRAMME_MANAGER)).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(Map.of("reason", "Registered twice by mistake"))
                .post("/defenders/" + id + "/archive").then().statusCode(200);
        entriesFor(id).body("items[1].action", equalTo("DEFENDER_ARCHIVED"))
                .body("items[1].reason", equalTo("Registered twice by mistake"))
                .body("items[1].actorRoles", contains(Roles.PROGRAMME_MANAGER))
                .body("items[1].changes.status.before", equalTo("ACTIVE"))
                .body("items[1].changes.status.after", equalTo("ARCHIVED"));
    }

    @Test
    void everyReadOfSensitiveDataIsRecordedWithItsReason() {
        String officer = Tokens.forUser("officer-reader-" + UUID.randomUUID(), Roles.PROTECTION_OFFICER);
        String id = aDefender().register(officer);
        given().auth().oauth2(officer).get("/defenders/" + id + "/sensitive").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("reason"));
        given().auth().oauth2(officer).get("/defenders/" + id + "/sensitive?reason=Preparing the relocation plan")
                .then().statusCode(200);
        given().auth().oauth2(auditor).queryParam("entityId", id).queryParam("action", "DEFENDER_SENSITIVE_VIEWED")
                .get("/audit").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].reason", equalTo("Preparing the relocation plan"))
                .body("items[0].actorSubject", org.hamcrest.Matchers.startsWith("officer-reader-"));
        String request = org.haven.support.RequestFixtures.aRequest(id).open(officer);
        given().auth().oauth2(officer).get("/requests/" + request + "/sensitive?reason=Assessment").then()
                .statusCode(200);
        given().auth().oauth2(auditor).queryParam("caseId", request).queryParam("action", "REQUEST_SENSITIVE_VIEWED")
                .get("/audit").then().body("totalItems", equalTo(1));
    }

    @Test
    void refusedChangesLeaveNoEntry() {
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        var fixture = aDefender();
        String id = fixture.register(officer);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(fixture.profile()).put("/defenders/" + id).then().statusCode(412);
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "not allowed")).post("/defenders/" + id + "/archive").then().statusCode(403);
        entriesFor(id).body("totalItems", equalTo(1));
    }

    @Test
    void anEntryRollsBackWithItsTransaction() {
        UUID entity = UUID.randomUUID();
        Actor actor = new Actor("system-test", "System Test", List.of(Roles.ADMIN));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            auditLog.record(AuditEvent.of(actor, AuditAction.DEFENDER_REGISTERED, "defender", entity));
            throw new IllegalStateException("the change failed after the audit write");
        }));
        entriesFor(entity.toString()).body("totalItems", equalTo(0));
    }

    @Test
    void theLogRefusesToWriteOutsideATransaction() {
        Actor actor = new Actor("system-test", "System Test", List.of(Roles.ADMIN));
        var refused = assertThrows(jakarta.transaction.TransactionalException.class, () -> auditLog
                .record(AuditEvent.of(actor, AuditAction.DEFENDER_REGISTERED, "defender", UUID.randomUUID())));
        org.junit.jupiter.api.Assertions.assertInstanceOf(TransactionRequiredException.class, refused.getCause());
    }

    @Test
    void decisionsWithoutReasonAreRefused() {
        Actor actor = new Actor("system-test", "System Test", List.of(Roles.ADMIN));
        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() -> auditLog
                .record(AuditEvent.of(actor, AuditAction.DEFENDER_ARCHIVED, "defender", UUID.randomUUID()))));
    }

    @Test
    void entityTypesMustBeShortLowerCaseNamesAsPublished() {
        Actor actor = new Actor("system-test", "System Test", List.of(Roles.ADMIN));
        for (String type : List.of("Defender", "case_note", "x".repeat(65))) {
            assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() -> auditLog
                    .record(AuditEvent.of(actor, AuditAction.DEFENDER_REGISTERED, type, UUID.randomUUID()))), type);
        }
    }

    @Test
    void reasonsAndChangesBeyondThePublishedBoundsAreRefused() {
        Actor actor = new Actor("system-test", "System Test", List.of(Roles.ADMIN));
        UUID longReason = UUID.randomUUID();
        UUID longChanges = UUID.randomUUID();
        UUID withinBounds = UUID.randomUUID();
        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() -> auditLog
                .record(AuditEvent.of(actor, AuditAction.DEFENDER_ARCHIVED, "defender", longReason)
                        .because("r".repeat(AuditLog.REASON_MAX_LENGTH + 1)))));
        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() -> auditLog
                .record(AuditEvent.of(actor, AuditAction.DEFENDER_PROFILE_CHANGED, "defender", longChanges)
                        .with(Changes.none().field("organisation", null, "o".repeat(AuditLog.CHANGES_MAX_LENGTH))))));
        QuarkusTransaction.requiringNew().run(() -> auditLog
                .record(AuditEvent.of(actor, AuditAction.DEFENDER_ARCHIVED, "defender", withinBounds)
                        .because("r".repeat(AuditLog.REASON_MAX_LENGTH))));

        assertTrue(auditLog.historyOf("defender", longReason).isEmpty());
        assertTrue(auditLog.historyOf("defender", longChanges).isEmpty());
        assertEquals(1, auditLog.historyOf("defender", withinBounds).size());
    }

    @Test
    void defenderHistoryShowsItsEntriesInOrder() {
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        var fixture = aDefender();
        String id = fixture.register(officer);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(fixture.profile()).put("/defenders/" + id).then().statusCode(200);
        var history = given().auth().oauth2(officer).get("/defenders/" + id + "/history").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].action", equalTo("DEFENDER_REGISTERED"))
                .body("[1].action", equalTo("DEFENDER_PROFILE_CHANGED"))
                .extract();
        long first = ((Number) history.path("[0].seq")).longValue();
        long second = ((Number) history.path("[1].seq")).longValue();
        org.junit.jupiter.api.Assertions.assertTrue(second > first, "history is in chain order");
        given().auth().oauth2(officer).get("/defenders/" + UUID.randomUUID() + "/history").then().statusCode(404);
    }

    @Test
    void listFiltersByActionActorAndTime() {
        String officer = Tokens.forUser("officer-filter-" + UUID.randomUUID(), Roles.PROTECTION_OFFICER);
        String id = aDefender().register(officer);
        var all = given().auth().oauth2(auditor).queryParam("entityId", id).get("/audit").then().extract();
        String actor = all.path("items[0].actorSubject");
        given().auth().oauth2(auditor).queryParam("actor", actor).queryParam("action", "DEFENDER_REGISTERED")
                .get("/audit").then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(auditor).queryParam("actor", actor).queryParam("action", "DEFENDER_ARCHIVED")
                .get("/audit").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(auditor).queryParam("actor", actor).queryParam("from", "2000-01-01T00:00:00Z")
                .queryParam("to", "2000-01-02T00:00:00Z").get("/audit").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(auditor).queryParam("from", "yesterday").get("/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
