package org.haven.fund;

import static io.restassured.RestAssured.given;
import static org.haven.support.GrantFixtures.aFund;
import static org.haven.support.GrantFixtures.anApprovedGrant;
import static org.haven.support.GrantFixtures.manager;
import static org.haven.support.GrantFixtures.money;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FundApiTest {

    private static Map<String, Object> fund(Object budget, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Synthetic Emergency Fund");
        body.put("donor", "Example Foundation");
        body.put("totalBudget", money(budget, currency));
        body.put("periodStart", "2026-01-01");
        body.put("periodEnd", "2026-12-31");
        return body;
    }

    @Test
    void createdFundShowsConsistentFigures() {
        given().auth().oauth2(Tokens.of(Roles.ADMIN)).contentType(ContentType.JSON).body(fund(25000, "USD"))
                .post("/funds").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("currency", equalTo("USD"))
                .body("totalBudget.amount", equalTo(25000.00f))
                .body("committed.amount", equalTo(0.00f))
                .body("disbursed.amount", equalTo(0.00f))
                .body("available.amount", equalTo(25000.00f))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void fundsMayBeFarLargerThanAnySingleGrant() {
        given().auth().oauth2(manager()).contentType(ContentType.JSON).body(fund(2500000, "EUR")).post("/funds")
                .then().statusCode(201).body("available.amount", equalTo(2500000.00f));
    }

    @Test
    void invalidFundsAreRefusedNamingTheField() {
        Map<String, Object> backwards = fund(1000, "EUR");
        backwards.put("periodEnd", "2025-01-01");
        assertFieldProblem(given().auth().oauth2(manager()).contentType(ContentType.JSON).body(backwards)
                .post("/funds").then(), 422, "period-invalid", "periodEnd");
        assertFieldProblem(given().auth().oauth2(manager()).contentType(ContentType.JSON).body(fund(1000, "EU"))
                .post("/funds").then(), 422, "validation-failed", "totalBudget.currency");
        assertFieldProblem(given().auth().oauth2(manager()).contentType(ContentType.JSON).body(fund(-1, "EUR"))
                .post("/funds").then(), 422, "validation-failed", "totalBudget.amount");
        given().auth().oauth2(manager()).queryParam("currency", "XYZ").get("/funds").then().statusCode(400);
    }

    @Test
    void budgetNeverDropsBelowCommitmentsAndCurrencyNeverChanges() {
        String id = aFund(10000, "EUR");
        anApprovedGrant(id, 4000);
        String etag = given().auth().oauth2(manager()).get("/funds/" + id).then().extract().header("ETag");
        Map<String, Object> change = fund(3000, "EUR");
        change.put("status", "ACTIVE");
        assertFieldProblem(given().auth().oauth2(manager()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(change).put("/funds/" + id).then(), 422, "budget-below-commitments", "totalBudget.amount");
        Map<String, Object> usd = fund(10000, "USD");
        usd.put("status", "ACTIVE");
        assertFieldProblem(given().auth().oauth2(manager()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(usd).put("/funds/" + id).then(), 422, "currency-immutable", "totalBudget.currency");
        Map<String, Object> raise = fund(12000, "EUR");
        raise.put("status", "ACTIVE");
        assertProblem(given().auth().oauth2(manager()).contentType(ContentType.JSON).body(raise)
                .put("/funds/" + id).then(), 428, "if-match-required");
        given().auth().oauth2(manager()).contentType(ContentType.JSON).header("If-Match", etag).body(raise)
                .put("/funds/" + id).then().statusCode(200)
                .body("available.amount", equalTo(8000.00f));
    }

    @Test
    void anOverLongIfMatchIsRefusedNamingTheHeader() {
        String id = aFund(10000, "EUR");
        Map<String, Object> change = fund(12000, "EUR");
        change.put("status", "ACTIVE");
        assertFieldProblem(given().auth().oauth2(manager()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + "0".repeat(63) + "\"").body(change).put("/funds/" + id).then(), 400,
                "invalid-parameter", "If-Match");
    }

    @Test
    void closedFundsTakeNoProposals() {
        String id = aFund(10000, "EUR");
        String etag = given().auth().oauth2(manager()).get("/funds/" + id).then().extract().header("ETag");
        Map<String, Object> close = fund(10000, "EUR");
        close.put("status", "CLOSED");
        given().auth().oauth2(manager()).contentType(ContentType.JSON).header("If-Match", etag).body(close)
                .put("/funds/" + id).then().statusCode(200).body("status", equalTo("CLOSED"));
        String request = org.haven.support.GrantFixtures.aRequestReadyForAGrant(null);
        assertFieldProblem(org.haven.support.GrantFixtures.propose(org.haven.support.GrantFixtures.officer(),
                org.haven.support.GrantFixtures.aProposal(request, id, 100, "EUR")).then(), 422, "fund-not-active",
                "fundId");
    }
}
