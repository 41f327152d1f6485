package org.haven.shared;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Year;
import java.util.List;
import java.util.Map;

import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every kind of bad input gets the one problem+json shape with the right status; nothing is written. */
@QuarkusTest
class ErrorShapeTest {

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);

    private io.restassured.response.ValidatableResponse post(Object body) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).body(body).when().post("/defenders").then();
    }

    @Test
    void malformedJsonIsBadRequest() {
        assertProblem(post("{\"pseudonym\": "), 400, "malformed-json");
        assertProblem(post("{\"pseudonym\": \"x\"} trailing"), 400, "malformed-json");
    }

    @Test
    void unknownFieldIsBadRequestNamingIt() {
        assertFieldProblem(post(aDefender().with("homeAddress", "somewhere").body()), 400, "unknown-field",
                "homeAddress");
    }

    @Test
    void anOverlongUnknownFieldIsNamedWithinThePublishedLength() {
        String key = "x".repeat(5_000);
        post(aDefender().with(key, "somewhere").body()).statusCode(400)
                .body("code", equalTo("unknown-field"))
                .body("errors[0].field.length()", equalTo(org.haven.shared.error.FieldViolation.MAX_FIELD))
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("xxxx"));
    }

    @Test
    void controlCharactersInTextAreRefusedNamingTheField() {
        assertFieldProblem(post(aDefender().with("pseudonym", "Nul\u0000Byte").body()), 400, "invalid-value",
                "pseudonym").body("errors[0].message", containsString("control characters"));
        assertFieldProblem(post(aDefender().with("organisation", "\u001B[2Jcleared").body()), 400, "invalid-value",
                "organisation");
        assertFieldProblem(given().auth().oauth2(officer).queryParam("q", "a\u0007b").get("/defenders").then(),
                400, "invalid-parameter", "q");
        post(aDefender().with("organisation", "Line one\nLine two\ttabbed").body()).statusCode(201);
    }

    @Test
    void aRepeatedOrNullSetEntryIsRefusedNamingIt() {
        assertFieldProblem(post(aDefender().with("areasOfWork", List.of("EDUCATION", "LEGAL", "EDUCATION")).body()),
                400, "invalid-value", "areasOfWork[2]").body("errors[0].message", containsString("repeat"));
        assertFieldProblem(post(aDefender().with("consent", Map.of("givenAt", "2024-01-10T09:00:00Z", "scope",
                List.of("CASE_MANAGEMENT", "CASE_MANAGEMENT"))).body()), 400, "invalid-value", "consent.scope[1]");
        post(aDefender().with("areasOfWork", List.of("LEGAL", "EDUCATION")).body()).statusCode(201)
                .body("areasOfWork", org.hamcrest.Matchers.containsInAnyOrder("EDUCATION", "LEGAL"));
    }

    @Test
    void controlCharactersInListEntriesAreRefusedToo() {
        assertFieldProblem(post(aDefender().with("otherNames", List.of("Alias", "Bell\u0007")).body()), 400,
                "invalid-value", "otherNames[1]");
    }

    @Test
    void wrongTypeIsBadRequestNamingTheField() {
        assertFieldProblem(post(aDefender().with("birthYear", "nineteen-ninety").body()), 400, "invalid-value",
                "birthYear");
        assertFieldProblem(post(aDefender().with("birthYear", 1990.5).body()), 400, "invalid-value", "birthYear");
        assertFieldProblem(post(aDefender().with("pseudonym", 42).body()), 400, "invalid-value", "pseudonym");
        assertFieldProblem(post(aDefender().with("inExileSince", "last spring").body()), 400, "invalid-value",
                "inExileSince");
        assertFieldProblem(post(aDefender().with("areasOfWork", "JOURNALISM").body()), 400, "invalid-value",
                "areasOfWork");
    }

    @Test
    void unknownEnumValueIsBadRequestListingTheAllowedOnes() {
        assertFieldProblem(post(aDefender().with("riskLevel", "EXTREME").body()), 400, "invalid-value", "riskLevel")
                .body("errors[0].message", containsString("CRITICAL"));
        assertFieldProblem(post(aDefender().with("contacts", List.of(Map.of("channel", "PIGEON", "value", "x"))).body()),
                400, "invalid-value", "contacts[0].channel");
    }

    @Test
    void constraintViolationsAreUnprocessableWithEveryFieldNamed() {
        var response = post(aDefender()
                .with("pseudonym", "")
                .with("currentCountry", "XX")
                .with("nationality", "af")
                .with("birthYear", Year.now().getValue() + 1)
                .with("areasOfWork", List.of())
                .with("contacts", List.of(Map.of("channel", "SIGNAL", "value", " ")))
                .body());
        assertProblem(response, 422, "validation-failed")
                .body("errors.field", hasItem("pseudonym"))
                .body("errors.field", hasItem("currentCountry"))
                .body("errors.field", hasItem("nationality"))
                .body("errors.field", hasItem("birthYear"))
                .body("errors.field", hasItem("areasOfWork"))
                .body("errors.field", hasItem("contacts[0].value"));
    }

    @Test
    void birthYearInTheFutureIsNamed() {
        assertFieldProblem(post(aDefender().with("birthYear", Year.now().getValue() + 5).body()), 422,
                "validation-failed", "birthYear")
                .body("errors[0].message", containsString("future"));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertFieldProblem(post(aDefender().without("riskLevel").without("currentCountry").body()), 422,
                "validation-failed", "riskLevel")
                .body("errors.field", hasItem("currentCountry"));
    }

    @Test
    void missingBodyIsUnprocessable() {
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).when().post("/defenders").then(),
                422, "validation-failed");
    }

    @Test
    void refusedRegistrationWritesNothing() {
        String pseudonym = "NeverStored-" + System.nanoTime();
        post(aDefender().with("pseudonym", pseudonym).with("currentCountry", "XX").body()).statusCode(422);
        given().auth().oauth2(officer).queryParam("q", pseudonym).get("/defenders")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void badQueryParametersAreBadRequestNamingThem() {
        assertFieldProblem(given().auth().oauth2(officer).queryParam("riskLevel", "EXTREME").get("/defenders").then(),
                400, "invalid-parameter", "riskLevel");
        assertFieldProblem(given().auth().oauth2(officer).queryParam("size", 1000).get("/defenders").then(),
                400, "invalid-parameter", "size");
        assertFieldProblem(given().auth().oauth2(officer).queryParam("page", "first").get("/defenders").then(),
                400, "invalid-parameter", "page");
        assertFieldProblem(given().auth().oauth2(officer).queryParam("sort", "legalName").get("/defenders").then(),
                400, "invalid-parameter", "sort");
        assertFieldProblem(given().auth().oauth2(officer).queryParam("currentCountry", "ZZ").get("/defenders").then(),
                400, "invalid-parameter", "currentCountry");
    }

    @Test
    void onlyCanonicalUuidsAreAcceptedAsParameters() {
        for (String shortForm : List.of("1-1-1-1-1", "+1-2-3-4-5", "12345678-1234-1234-1234-12345678901")) {
            assertFieldProblem(given().auth().oauth2(officer).queryParam("defenderId", shortForm).get("/requests")
                    .then(), 400, "invalid-parameter", "defenderId");
        }
        given().auth().oauth2(officer).queryParam("defenderId", java.util.UUID.randomUUID().toString().toUpperCase())
                .get("/requests").then().statusCode(200);
    }

    @Test
    void datesAndTimesOutsideYearsOneTo9999AreRefusedNamingTheField() {
        assertFieldProblem(post(aDefender().with("inExileSince", "-0005-01-01").body()), 400, "invalid-value",
                "inExileSince").body("errors[0].message", containsString("9999"));
        assertFieldProblem(post(aDefender().with("consent", Map.of("givenAt", "-1000000000-01-01T00:00:00Z", "scope",
                List.of("CASE_MANAGEMENT"))).body()), 400, "invalid-value", "consent.givenAt");
        String manager = Tokens.of(Roles.PROGRAMME_MANAGER);
        assertFieldProblem(given().auth().oauth2(manager).queryParam("to", "-1000000000-01-01T00:00:00Z").get("/stats")
                .then(), 400, "invalid-parameter", "to");
        assertFieldProblem(given().auth().oauth2(officer).queryParam("due-before", "+999999999-12-31")
                .get("/follow-ups").then(), 400, "invalid-parameter", "due-before");
        assertFieldProblem(given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("from", "+10000-01-01T00:00:00Z")
                .get("/audit").then(), 400, "invalid-parameter", "from");
    }

    @Test
    void unknownPathsAndMethodsAndMediaTypesAreProblems() {
        assertProblem(given().auth().oauth2(officer).get("/no-such-thing").then(), 404, "not-found");
        assertProblem(given().auth().oauth2(officer).delete("/defenders").then(), 405, "method-not-allowed");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.TEXT).body("hello").post("/defenders")
                .then(), 415, "unsupported-media-type");
    }
}
