package org.haven.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * Synthetic requests: {@code aRequest(defenderId).with("urgency", "IMMEDIATE").open(token)}, and
 * helpers that move a request along its workflow through the API.
 */
public final class RequestFixtures {

    private final Map<String, Object> body = new HashMap<>();

    private RequestFixtures(String defenderId) {
        body.put("defenderId", defenderId);
        body.put("assistanceTypes", List.of("LEGAL"));
        body.put("urgency", "URGENT");
        body.put("summary", "Legal aid for an asylum appeal");
        body.put("narrative", "Synthetic narrative of threats received after publishing a report.");
        body.put("requestedAmount", Map.of("amount", 2500.00, "currency", "EUR"));
        body.put("intakeChannel", "SIGNAL");
        body.put("referringPartner", "Example Partner Network");
    }

    public static RequestFixtures aRequest(String defenderId) {
        return new RequestFixtures(defenderId);
    }

    /** A request for a freshly registered defender. */
    public static RequestFixtures aRequest() {
        return new RequestFixtures(DefenderFixtures.aDefender().register(Tokens.of("protection-officer")));
    }

    public RequestFixtures with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public RequestFixtures without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> body() {
        return new HashMap<>(body);
    }

    /** The intake details as PUT /requests/{id} takes them. */
    public Map<String, Object> details() {
        Map<String, Object> details = new HashMap<>(body);
        details.remove("defenderId");
        details.remove("narrative");
        return details;
    }

    public String open(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/requests").then().statusCode(201).extract().path("id");
    }

    /** Current ETag of a request. */
    public static String etag(String token, String id) {
        return given().auth().oauth2(token).get("/requests/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static void transition(String token, String id, String target, String reason) {
        Map<String, Object> t = new HashMap<>();
        t.put("target", target);
        if (reason != null) {
            t.put("reason", reason);
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, id)).body(t)
                .post("/requests/" + id + "/transitions").then().statusCode(200);
    }

    public static Map<String, Object> anAssessment() {
        Map<String, Object> a = new HashMap<>();
        a.put("identity", Map.of("result", "MET", "note", "Verified by partner organisation"));
        a.put("situation", Map.of("result", "MET", "note", "Threats documented"));
        a.put("need", Map.of("result", "MET", "note", "No other source of support"));
        a.put("riskAssessment", "Synthetic risk assessment: high, credible threats");
        return a;
    }

    public static void assess(String token, String id, Map<String, Object> assessment) {
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, id))
                .body(assessment).put("/requests/" + id + "/assessment").then().statusCode(200);
    }
}
