package org.haven.defender;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.hamcrest.Matchers.matchesPattern;

import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DefenderSmokeTest {

    @Test
    void officerRegistersAndReadsDefender() {
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        String id = aDefender().register(officer);
        given().auth().oauth2(officer).when().get("/defenders/" + id)
                .then().statusCode(200).body("reference", matchesPattern("HRD-\\d{6}"));
    }
}
