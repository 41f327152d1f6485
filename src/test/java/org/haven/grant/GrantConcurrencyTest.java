package org.haven.grant;

import static io.restassured.RestAssured.given;
import static org.haven.support.GrantFixtures.aFund;
import static org.haven.support.GrantFixtures.aProposedGrant;
import static org.haven.support.GrantFixtures.approval;
import static org.haven.support.GrantFixtures.decide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Many approvals race for a budget that fits only some of them: the fund ends exactly within budget. */
@QuarkusTest
class GrantConcurrencyTest {

    @Test
    void racingApprovalsNeverOverspendAFund() throws Exception {
        String fund = aFund(10000, "EUR");
        int grants = 8;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < grants; i++) {
            ids.add(aProposedGrant(fund, 3000));
        }
        int approved = 0;
        for (Response response : racingApprovals(ids)) {
            if (response.statusCode() == 200) {
                approved++;
            } else {
                assertEquals(409, response.statusCode(), response.asString());
                assertEquals("insufficient-budget", response.path("code"));
            }
        }
        assertEquals(3, approved, "3 x 3000 fit into 10000");
        JsonPath figures = given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/funds/" + fund).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(0, new BigDecimal("9000.00").compareTo(new BigDecimal(figures.getString("committed.amount"))));
        assertEquals(0, new BigDecimal("1000.00").compareTo(new BigDecimal(figures.getString("available.amount"))));
        long approvedGrants = given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("fundId", fund)
                .queryParam("status", "APPROVED").get("/grants").then().extract().jsonPath().getLong("totalItems");
        assertEquals(3, approvedGrants, "the committed figure matches the approved grants");
        assertTrue(given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/audit/verify").then().extract().jsonPath()
                .getBoolean("valid"));
    }

    /** Costs of one activity race for its cap (30,000 EUR): the per-beneficiary lock lets exactly six of 5,000 in. */
    @Test
    void racingApprovalsNeverTakeAnActivityAboveItsCap() throws Exception {
        String fund = aFund(100000, "EUR");
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        String activity = org.haven.support.ActivityFixtures.anActivity().plan(officer);
        int grants = 8;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < grants; i++) {
            java.util.Map<String, Object> cost = new java.util.HashMap<>(org.haven.support.GrantFixtures
                    .aProposal(null, fund, 5000, "EUR"));
            cost.remove("requestId");
            cost.put("activityId", activity);
            cost.put("costCategory", "STAY");
            ids.add(org.haven.support.GrantFixtures.propose(officer, cost).then().statusCode(201).extract()
                    .path("id"));
        }
        int approved = 0;
        for (Response response : racingApprovals(ids)) {
            if (response.statusCode() == 200) {
                approved++;
            } else {
                assertEquals(422, response.statusCode(), response.asString());
                assertEquals("activity-cap-exceeded", response.path("code"));
            }
        }
        assertEquals(6, approved, "6 x 5000 fit into the activity's cap of 30000");
        assertEquals(6, given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("activityId", activity)
                .queryParam("status", "APPROVED").get("/grants").then().extract().jsonPath().getLong("totalItems"));
    }

    /** Each grant approved by its own manager, all released at once; the answers in the grants' order. */
    private static List<Response> racingApprovals(List<String> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        try {
            for (String id : ids) {
                String manager = Tokens.of(Roles.PROGRAMME_MANAGER);
                results.add(pool.submit(() -> {
                    start.await();
                    return decide(manager, id, approval("Racing approval"));
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> result : results) {
                responses.add(result.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
