package org.haven.shared;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.GrantFixtures.aDisbursement;
import static org.haven.support.GrantFixtures.aFund;
import static org.haven.support.GrantFixtures.aProposal;
import static org.haven.support.GrantFixtures.aRequestReadyForAGrant;
import static org.haven.support.GrantFixtures.approval;
import static org.haven.support.GrantFixtures.decide;
import static org.haven.support.GrantFixtures.manager;
import static org.haven.support.GrantFixtures.officer;
import static org.haven.support.GrantFixtures.propose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.ApiContract;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import tools.jackson.databind.JsonNode;

/**
 * What docs/openapi.yaml publishes about responses is true: real responses of the mission (register,
 * request, assess, grant, decide, pay, follow up, oversee), including the states in which fields are
 * null, validate against the schema published for their operation, status and media type.
 */
@QuarkusTest
class ResponseContractTest {

    private static final ApiContract CONTRACT = ApiContract.load(Path.of("docs", "openapi.yaml"));

    /** JSON GETs whose 200 body cannot be described by one schema, with the reason. None so far. */
    private static final Map<String, String> UNDESCRIBED_JSON_READS = Map.of();

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);
    private final String auditor = Tokens.of(Roles.AUDITOR);

    @Test
    void everyJsonReadPublishesASchema() {
        List<String> undescribed = new ArrayList<>();
        CONTRACT.responses().forEach((operation, byStatus) -> {
            JsonNode ok = byStatus.get("200");
            if (!operation.startsWith("GET ") || ok == null || UNDESCRIBED_JSON_READS.containsKey(operation)) {
                return;
            }
            JsonNode json = ok.path("content").path("application/json");
            if (!json.isMissingNode() && json.path("schema").isEmpty()) {
                undescribed.add(operation);
            }
        });
        assertEquals(List.of(), undescribed, "GET operations whose 200 application/json publishes no schema");
    }

    @Test
    void defenderResponsesMatchTheDocument() {
        String fresh = check("POST /defenders", 201, as(officer).body(aDefender().body()).post("/defenders"))
                .path("id");
        String sparse = check("POST /defenders", 201, as(officer).body(aDefender().without("gender")
                .without("birthYear").without("nationality").without("countryOfOrigin").without("inExileSince")
                .without("legalStatus").without("organisation").without("consent").without("legalName")
                .without("otherNames").without("currentCity").without("contacts").without("riskNotes").body())
                .post("/defenders")).path("id");

        check("GET /defenders/{id}", 200, as(officer).get("/defenders/" + fresh));
        check("GET /defenders/{id}", 200, as(auditor).get("/defenders/" + sparse));
        check("GET /defenders", 200, as(auditor).get("/defenders"));
        check("GET /defenders/{id}/sensitive", 200,
                as(officer).queryParam("reason", "Contract test").get("/defenders/" + fresh + "/sensitive"));
        check("GET /defenders/{id}/sensitive", 200,
                as(officer).queryParam("reason", "Contract test").get("/defenders/" + sparse + "/sensitive"));
        check("PUT /defenders/{id}", 200, as(officer).header("If-Match", etag("/defenders/" + sparse))
                .body(aDefender().without("gender").without("consent").profile()).put("/defenders/" + sparse));
        check("PUT /defenders/{id}/sensitive", 200, as(officer).header("If-Match", etag("/defenders/" + sparse))
                .body(Map.of("legalName", "Synthetic Person")).put("/defenders/" + sparse + "/sensitive"));

        String archived = aDefender().register(officer);
        check("POST /defenders/{id}/archive", 200, as(officer).header("If-Match", etag("/defenders/" + archived))
                .body(Map.of("reason", "Relocated; no longer supported")).post("/defenders/" + archived + "/archive"));
        check("GET /defenders/{id}", 200, as(officer).get("/defenders/" + archived));
        check("GET /defenders", 200, as(officer).queryParam("status", "ARCHIVED").get("/defenders"));
        check("GET /defenders/{id}/history", 200, as(auditor).get("/defenders/" + archived + "/history"));
    }

    /** Erasure blanks fields and destroys keys: what is left must still match, and so must the refusals. */
    @Test
    void erasedRecordsAndTheirRefusalsMatchTheDocument() {
        String defender = aDefender().register(officer);
        String request = check("POST /requests", 201, as(officer).body(RequestFixtures.aRequest(defender).body())
                .post("/requests")).path("id");
        String admin = Tokens.of(Roles.ADMIN);

        check("POST /defenders/{id}/erasure", 200, as(admin).body(Map.of("reason", "The defender asked for erasure"))
                .post("/defenders/" + defender + "/erasure"));
        check("GET /defenders/{id}", 200, as(officer).get("/defenders/" + defender));
        check("GET /defenders", 200, as(auditor).queryParam("status", "ERASED").get("/defenders"));
        check("GET /requests/{id}", 200, as(officer).get("/requests/" + request));
        check("GET /defenders/{id}/sensitive", 410,
                as(officer).queryParam("reason", "Contract test").get("/defenders/" + defender + "/sensitive"));
        // The case's own protected fields were blanked with the erasure, so reading them is an empty answer.
        check("GET /requests/{id}/sensitive", 200,
                as(officer).queryParam("reason", "Contract test").get("/requests/" + request + "/sensitive"));
        check("PUT /requests/{id}/narrative", 410, as(officer).header("If-Match", etag("/requests/" + request))
                .body(Map.of("narrative", "Nothing new is sealed for an erased defender"))
                .put("/requests/" + request + "/narrative"));
        check("POST /defenders/{id}/erasure", 409, as(admin).body(Map.of("reason", "Again"))
                .post("/defenders/" + defender + "/erasure"));
        check("GET /defenders/{id}/history", 200, as(auditor).get("/defenders/" + defender + "/history"));
    }

    @Test
    void requestResponsesMatchTheDocument() {
        String defender = aDefender().register(officer);
        String full = check("POST /requests", 201, as(officer).body(RequestFixtures.aRequest(defender).body())
                .post("/requests")).path("id");
        String sparse = check("POST /requests", 201, as(officer).body(RequestFixtures.aRequest(defender)
                .without("requestedAmount").without("referringPartner").without("narrative").body())
                .post("/requests")).path("id");

        check("GET /requests/{id}", 200, as(officer).get("/requests/" + full));
        check("GET /requests/{id}", 200, as(officer).get("/requests/" + sparse));
        check("GET /requests", 200, as(auditor).get("/requests"));
        check("GET /requests/{id}/sensitive", 200,
                as(officer).queryParam("reason", "Contract test").get("/requests/" + sparse + "/sensitive"));
        check("PUT /requests/{id}/narrative", 200, as(officer).header("If-Match", etag("/requests/" + sparse))
                .body(Map.of("narrative", "Synthetic narrative")).put("/requests/" + sparse + "/narrative"));
        check("PUT /requests/{id}", 200, as(officer).header("If-Match", etag("/requests/" + sparse))
                .body(RequestFixtures.aRequest(defender).without("requestedAmount").details())
                .put("/requests/" + sparse));
        check("PUT /requests/{id}/assignee", 200, as(manager()).header("If-Match", etag("/requests/" + full))
                .body(Map.of("officer", "officer-contract")).put("/requests/" + full + "/assignee"));
        check("POST /requests/{id}/transitions", 200, as(officer).header("If-Match", etag("/requests/" + full))
                .body(Map.of("target", "IN_ASSESSMENT")).post("/requests/" + full + "/transitions"));
        check("PUT /requests/{id}/assessment", 200, as(officer).header("If-Match", etag("/requests/" + full))
                .body(RequestFixtures.anAssessment()).put("/requests/" + full + "/assessment"));
        check("GET /requests/{id}", 200, as(officer).get("/requests/" + full));
        check("POST /requests/{id}/transitions", 200, as(officer).header("If-Match", etag("/requests/" + sparse))
                .body(Map.of("target", "WITHDRAWN", "reason", "The defender withdrew the request"))
                .post("/requests/" + sparse + "/transitions"));
        check("GET /requests/{id}/history", 200, as(auditor).get("/requests/" + full + "/history"));
    }

    @Test
    void grantResponsesMatchTheDocument() {
        String fund = check("POST /funds", 201, as(manager()).body(Map.of("name", "Contract Fund " + UUID.randomUUID(),
                "donor", "Example Donor", "totalBudget", Map.of("amount", 50000, "currency", "EUR"),
                "periodStart", "2020-01-01", "periodEnd", "2099-12-31")).post("/funds")).path("id");
        check("GET /funds/{id}", 200, as(manager()).get("/funds/" + fund));
        check("GET /funds", 200, as(auditor).get("/funds"));

        String grant = check("POST /grants", 201, propose(officer(), aProposal(aRequestReadyForAGrant(null), fund,
                6000, "EUR"))).path("id");
        check("GET /grants/{id}", 200, as(auditor).get("/grants/" + grant));
        check("POST /grants/{id}/decisions", 200, decide(manager(), grant, approval("First approval")));
        check("POST /grants/{id}/decisions", 200, decide(manager(), grant, approval("Second approval")));
        check("GET /grants", 200, as(auditor).get("/grants"));
        check("POST /grants/{id}/disbursements", 201, as(manager()).body(aDisbursement(2000))
                .post("/grants/" + grant + "/disbursements"));
        check("GET /grants/{id}", 200, as(auditor).get("/grants/" + grant));

        Response followUps = check("GET /follow-ups", 200, as(officer).queryParam("grantId", grant).get("/follow-ups"));
        String followUp = followUps.path("items[0].id");
        check("GET /follow-ups/{id}", 200, as(officer).get("/follow-ups/" + followUp));
        check("POST /follow-ups/{id}/outcome", 200, as(officer).body(Map.of("completedAt", "2026-01-20T10:00:00Z",
                "outcome", "SAFE")).post("/follow-ups/" + followUp + "/outcome"));
        check("GET /follow-ups/{id}/sensitive", 200,
                as(officer).queryParam("reason", "Contract test").get("/follow-ups/" + followUp + "/sensitive"));
        check("GET /follow-ups/overdue", 200, as(officer).get("/follow-ups/overdue"));

        String small = propose(officer(), aProposal(aRequestReadyForAGrant(null), fund, 100, "EUR")).path("id");
        check("POST /grants/{id}/decisions", 200, decide(manager(), small, approval(null)));
        String withdrawn = propose(officer(), aProposal(aRequestReadyForAGrant(null), fund, 100, "EUR")).path("id");
        check("POST /grants/{id}/withdrawal", 200, as(officer()).body(Map.of("reason", "Need met elsewhere"))
                .post("/grants/" + withdrawn + "/withdrawal"));
    }

    @Test
    void oversightResponsesMatchTheDocument() {
        aDefender().register(officer);
        check("GET /stats", 200, as(auditor).get("/stats"));
        check("GET /audit", 200, as(auditor).get("/audit"));
        check("GET /audit/verify", 200, as(auditor).get("/audit/verify"));
        Response checkpoint = check("GET /audit/checkpoint", 200, as(auditor).get("/audit/checkpoint"));
        check("GET /audit/checkpoint/verify", 200, as(auditor).queryParam("seq", checkpoint.<Object>path("seq"))
                .queryParam("headHash", checkpoint.<Object>path("headHash"))
                .queryParam("signedAt", checkpoint.<Object>path("signedAt"))
                .queryParam("keyId", checkpoint.<Object>path("keyId"))
                .queryParam("signature", checkpoint.<Object>path("signature")).get("/audit/checkpoint/verify"));
        check("GET /audit/public-key", 200, as(auditor).get("/audit/public-key"));
        check("GET /admin/keys/status", 200, as(Tokens.of(Roles.ADMIN)).get("/admin/keys/status"));
    }

    @Test
    void problemResponsesMatchTheDocument() {
        check("GET /defenders/{id}", 404, as(officer).get("/defenders/" + UUID.randomUUID()));
        check("POST /defenders", 422, as(officer).body(aDefender().with("pseudonym", " ").without("riskLevel").body())
                .post("/defenders"));
        check("POST /defenders", 400, as(officer).body("{\"pseudonym\": ").post("/defenders"));
        check("GET /defenders", 401, given().get("/defenders"));
        check("GET /audit", 403, as(officer).get("/audit"));
        check("PUT /defenders/{id}", 428, as(officer).body(aDefender().profile())
                .put("/defenders/" + aDefender().register(officer)));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String etag(String path) {
        return given().auth().oauth2(officer).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Response check(String operation, int status, Response response) {
        assertEquals(status, response.statusCode(), () -> operation + " answered " + response.asString());
        CONTRACT.assertConforms(operation, response);
        return response;
    }
}
