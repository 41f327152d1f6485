package org.haven.shared.security;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * What a token says about its person is stored with their decisions, so only storable text is taken.
 * (quarkus-oidc already refuses a token whose JSON carries control characters; these checks are the
 * second line, for lengths and for providers that might encode them otherwise.)
 */
@QuarkusTest
class ActorFromTokenTest {

    private static ValidatableResponse register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(aDefender().without("team").body())
                .post("/defenders").then();
    }

    @Test
    void aSubjectThatCannotBeRecordedIsUnauthenticated() {
        for (String subject : List.of("officer\u001B[2J", "s".repeat(Actor.MAX_LENGTH + 1))) {
            assertProblem(register(Tokens.forUser(subject, Roles.PROTECTION_OFFICER)), 401, "unauthenticated");
        }
    }

    @Test
    void longDisplayNamesAreCutToTheColumnAtACharacterBoundary() {
        String subject = "officer-name-" + java.util.UUID.randomUUID();
        // 12 characters, then pairs: character 255 is the first half of a pair, so a plain cut would split it.
        String name = "Officer Bell" + "\uD83D\uDE00".repeat(200);
        String token = Tokens.sign(Tokens.claims(subject, Roles.PROTECTION_OFFICER).claim("name", name));
        String id = register(token).statusCode(201).extract().path("id");

        String recorded = given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/defenders/" + id + "/history")
                .then().statusCode(200).extract().path("[0].actorName");
        org.junit.jupiter.api.Assertions.assertTrue(recorded.startsWith("Officer Bell\uD83D\uDE00"), recorded);
        org.junit.jupiter.api.Assertions.assertTrue(recorded.length() <= Actor.MAX_LENGTH, "length " + recorded.length());
        org.junit.jupiter.api.Assertions.assertFalse(Character.isHighSurrogate(recorded.charAt(recorded.length() - 1)),
                "cut inside a character");
    }

    @Test
    void teamsThatCannotBeStoredGrantNothing() {
        String token = Tokens.inTeams("officer-teams-" + java.util.UUID.randomUUID(),
                List.of("team-kabul-desk", "t".repeat(Actor.TEAM_MAX_LENGTH + 1)),
                Roles.PROTECTION_OFFICER);

        register(token).statusCode(201).body("team", equalTo("team-kabul-desk"));
    }
}
