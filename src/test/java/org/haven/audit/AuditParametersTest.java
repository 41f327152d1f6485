package org.haven.audit;

import static io.restassured.RestAssured.given;
import static org.haven.support.Problems.assertFieldProblem;

import java.util.HashMap;
import java.util.Map;

import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Query parameters are refused, naming the parameter, when they exceed what the API document publishes. */
@QuarkusTest
class AuditParametersTest {

    private final String auditor = Tokens.of(Roles.AUDITOR);

    private Map<String, Object> wellFormedCheckpoint() {
        Map<String, Object> params = new HashMap<>();
        params.put("seq", 0);
        params.put("headHash", AuditHash.GENESIS);
        params.put("signedAt", "2026-01-01T00:00:00Z");
        params.put("keyId", "0".repeat(16));
        params.put("signature", "A".repeat(86) + "==");
        return params;
    }

    @Test
    void checkpointFieldsNotInTheFormTheyWereHandedOutInAreMalformed() {
        Map<String, String> malformed = Map.of(
                "headHash", "A".repeat(64),
                "keyId", "0".repeat(17),
                "signature", "A".repeat(86) + "=",
                "signedAt", "+999999999-12-31T23:59:59.999999999+18:00:00");
        malformed.forEach((name, value) -> {
            Map<String, Object> params = wellFormedCheckpoint();
            params.put(name, value);
            assertFieldProblem(given().auth().oauth2(auditor).queryParams(params).get("/audit/checkpoint/verify")
                    .then(), 400, "invalid-parameter", name);
        });
    }

    @Test
    void aWellFormedButForeignCheckpointIsStillAnsweredAsInvalid() {
        given().auth().oauth2(auditor).queryParams(wellFormedCheckpoint()).get("/audit/checkpoint/verify")
                .then().statusCode(200).body("valid", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void timesAndIdsLongerThanPublishedAreRefused() {
        // Instant.parse would accept this 44-character time; the document promises at most 40.
        assertFieldProblem(given().auth().oauth2(auditor)
                .queryParam("from", "+999999999-12-31T23:59:59.999999999+18:00:00").get("/audit").then(),
                400, "invalid-parameter", "from");
        assertFieldProblem(given().auth().oauth2(auditor)
                .queryParam("caseId", "  " + java.util.UUID.randomUUID() + "  ").get("/audit").then(),
                400, "invalid-parameter", "caseId");
    }

    @Test
    void entityFiltersHaveTheFormOfRecordedEntities() {
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("entityType", "Defender").get("/audit").then(),
                400, "invalid-parameter", "entityType");
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("entityId", "HRD-000001").get("/audit").then(),
                400, "invalid-parameter", "entityId");
        given().auth().oauth2(auditor).queryParam("entityType", "follow-up")
                .queryParam("entityId", java.util.UUID.randomUUID().toString().toUpperCase()).get("/audit")
                .then().statusCode(200);
    }
}
