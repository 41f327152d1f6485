package org.haven.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Synthetic organisations for tests: {@code anOrganisation().with("types", List.of("HOST")).register(token)}. */
public final class OrganisationFixtures {

    private final Map<String, Object> body = new HashMap<>();

    private OrganisationFixtures() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        body.put("name", "Synthetic Network " + tag);
        body.put("types", List.of("PARTNER"));
        body.put("country", "CH");
        body.put("contacts", List.of(Map.of("channel", "SIGNAL", "value", "+00-555-org-" + tag)));
    }

    public static OrganisationFixtures anOrganisation() {
        return new OrganisationFixtures();
    }

    public OrganisationFixtures with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public OrganisationFixtures without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> body() {
        return new HashMap<>(body);
    }

    /** The profile part, as PUT /organisations/{id} takes it. */
    public Map<String, Object> profile() {
        Map<String, Object> profile = new HashMap<>(body);
        profile.remove("contacts");
        profile.remove("team");
        return profile;
    }

    /** Registers through the API and returns the new organisation's id. */
    public String register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/organisations")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Links a defender (201) and returns nothing. */
    public static void link(String token, String organisationId, String defenderId, String role) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("defenderId", defenderId, "role", role))
                .post("/organisations/" + organisationId + "/members").then().statusCode(201);
    }
}
