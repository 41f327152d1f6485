package org.haven.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/**
 * Synthetic defenders for tests: {@code aDefender().with("riskLevel", "HIGH").register(token)}.
 * Bodies are maps so that tests can also send what a careless client would.
 */
public final class DefenderFixtures {

    private final Map<String, Object> body = new HashMap<>();

    private DefenderFixtures() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        body.put("pseudonym", "Falcon-" + tag);
        body.put("legalName", "Synthetic Person " + tag);
        body.put("otherNames", List.of("Alias " + tag));
        body.put("gender", "WOMAN");
        body.put("birthYear", 1988);
        body.put("nationality", "AF");
        body.put("countryOfOrigin", "AF");
        body.put("currentCountry", "PK");
        body.put("currentCity", "Synthcity " + tag);
        body.put("inExileSince", "2021-09-01");
        body.put("legalStatus", "ASYLUM_SEEKER");
        body.put("areasOfWork", Set.of("WOMENS_RIGHTS", "EDUCATION"));
        body.put("organisation", "Example Women's Network");
        body.put("contacts", List.of(Map.of("channel", "SIGNAL", "value", "+00-555-" + tag)));
        body.put("riskLevel", "HIGH");
        body.put("riskNotes", "Synthetic threat notes " + tag);
        body.put("consent", Map.of("givenAt", "2024-01-10T09:00:00Z", "scope", List.of("CASE_MANAGEMENT")));
    }

    public static DefenderFixtures aDefender() {
        return new DefenderFixtures();
    }

    public DefenderFixtures with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public DefenderFixtures without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> body() {
        return Map.copyOf(body);
    }

    /** Registers through the API and returns the new defender's id. */
    public String register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/defenders")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** The non-sensitive profile part, as PUT /defenders/{id} takes it. */
    public Map<String, Object> profile() {
        Map<String, Object> profile = new HashMap<>(body);
        for (String sensitive : List.of("legalName", "otherNames", "currentCity", "contacts", "riskNotes")) {
            profile.remove(sensitive);
        }
        return profile;
    }
}
