package org.haven.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Synthetic activities for tests: {@code anActivity().with("type", "TRAINING").plan(token)}. */
public final class ActivityFixtures {

    private final Map<String, Object> body = new HashMap<>();

    private ActivityFixtures() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        body.put("type", "STRATEGY_MEETING");
        body.put("title", "Synthetic strategy workshop " + tag);
        body.put("startsOn", LocalDate.now().minusDays(3).toString());
        body.put("endsOn", LocalDate.now().minusDays(1).toString());
        body.put("partnerOrganisationIds", List.of());
        body.put("location", "Synthetic venue " + tag);
    }

    public static ActivityFixtures anActivity() {
        return new ActivityFixtures();
    }

    public ActivityFixtures with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> body() {
        return new HashMap<>(body);
    }

    /** The details part, as PUT /activities/{id} takes it. */
    public Map<String, Object> details() {
        Map<String, Object> details = new HashMap<>(body);
        details.remove("location");
        details.remove("followsActivityId");
        details.remove("team");
        return details;
    }

    /** Plans through the API and returns the new activity's id. */
    public String plan(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/activities")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static void addParticipant(String token, String activityId, String defenderId, boolean listed) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("defenderId", defenderId, "consentToBeListed", listed))
                .post("/activities/" + activityId + "/participants").then().statusCode(201);
    }

    /** Marks the activity HELD (it must have started) at the given version. */
    public static void held(String token, String activityId, String version) {
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", version)
                .body(Map.of("target", "HELD")).post("/activities/" + activityId + "/transitions").then()
                .statusCode(200);
    }
}
