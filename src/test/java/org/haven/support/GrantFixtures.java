package org.haven.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Funds, requests ready for a grant, proposals and decisions, through the API. Synthetic only. */
public final class GrantFixtures {

    private GrantFixtures() {
    }

    public static String manager() {
        return Tokens.of("programme-manager");
    }

    public static String officer() {
        return Tokens.of("protection-officer");
    }

    public static Map<String, Object> money(Object amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    /** A fund created by a manager, open now. */
    public static String aFund(Object budget, String currency) {
        return given().auth().oauth2(manager()).contentType(ContentType.JSON)
                .body(Map.of("name", "Synthetic Fund " + System.nanoTime(), "donor", "Example Donor",
                        "totalBudget", money(budget, currency), "periodStart", "2020-01-01", "periodEnd", "2099-12-31"))
                .post("/funds").then().statusCode(201).extract().path("id");
    }

    /** A request IN_ASSESSMENT with a completed assessment, for a fresh defender (or the given one). */
    public static String aRequestReadyForAGrant(String defenderId) {
        String officer = officer();
        String id = (defenderId == null ? RequestFixtures.aRequest() : RequestFixtures.aRequest(defenderId))
                .open(officer);
        RequestFixtures.transition(officer, id, "IN_ASSESSMENT", null);
        RequestFixtures.assess(officer, id, RequestFixtures.anAssessment());
        return id;
    }

    public static Map<String, Object> aProposal(String requestId, String fundId, Object amount, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("requestId", requestId);
        body.put("fundId", fundId);
        body.put("amount", money(amount, currency));
        body.put("purpose", "Legal fees for an asylum appeal");
        return body;
    }

    public static Response propose(String token, Map<String, Object> proposal) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(proposal).post("/grants");
    }

    /** A proposed grant of the given amount in EUR against the fund; returns its id. */
    public static String aProposedGrant(String fundId, Object amount) {
        return propose(officer(), aProposal(aRequestReadyForAGrant(null), fundId, amount, "EUR")).then()
                .statusCode(201).extract().path("id");
    }

    public static Map<String, Object> dueDiligence() {
        return Map.of("sanctionsScreened", true, "fundedElsewhere", false, "note", "Screened against EU list");
    }

    public static Map<String, Object> approval(String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "APPROVE");
        body.put("dueDiligence", dueDiligence());
        if (comment != null) {
            body.put("comment", comment);
        }
        return body;
    }

    public static Response decide(String token, String grantId, Map<String, Object> decision) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(decision)
                .post("/grants/" + grantId + "/decisions");
    }

    /** An approved grant (one or two managers as needed). */
    public static String anApprovedGrant(String fundId, Object amount) {
        String id = aProposedGrant(fundId, amount);
        Response first = decide(manager(), id, approval("Meets all criteria"));
        first.then().statusCode(200);
        if (!"APPROVED".equals(first.path("status"))) {
            decide(manager(), id, approval("Second approval")).then().statusCode(200);
        }
        return id;
    }

    /** Completes every planned follow-up of a grant (check-in, financial reports) as SAFE. */
    public static void completeFollowUps(String grantId) {
        String officer = officer();
        java.util.List<String> ids = given().auth().oauth2(officer).queryParam("grantId", grantId)
                .queryParam("status", "PLANNED").queryParam("size", 100).get("/follow-ups").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        for (String id : ids) {
            given().auth().oauth2(officer).contentType(ContentType.JSON)
                    .body(Map.of("completedAt", "2026-01-20T10:00:00Z", "outcome", "SAFE", "notes",
                            "Synthetic: money arrived, used as agreed"))
                    .post("/follow-ups/" + id + "/outcome").then().statusCode(200);
        }
    }

    /** An approved grant paid in full, with its follow-ups done: ready to close. */
    public static String aFullyPaidGrant(String fundId, Object amount) {
        String id = anApprovedGrant(fundId, amount);
        given().auth().oauth2(manager()).contentType(ContentType.JSON).body(aDisbursement(amount))
                .post("/grants/" + id + "/disbursements").then().statusCode(201);
        completeFollowUps(id);
        return id;
    }

    public static Map<String, Object> aDisbursement(Object amount) {
        return Map.of("amount", money(amount, "EUR"), "paidOn", "2026-01-15", "method", "BANK_TRANSFER",
                "reference", "TRX-" + System.nanoTime());
    }
}
