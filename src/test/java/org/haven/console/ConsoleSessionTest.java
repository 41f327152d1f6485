package org.haven.console;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/** The HTTP-level session that page tests rely on signs in for real and posts forms the way a browser does. */
@QuarkusTest
class ConsoleSessionTest {

    @OidcWireMock
    WireMockServer provider;

    @Test
    void signsInAndPostsAFormWithItsToken() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");

        officer.get("/console/caseload").then().statusCode(200).body(containsString("<h1>My caseload</h1>"));
        officer.post("/console/language", Map.of("lang", "fr", "return", "/console/caseload"))
                .then().statusCode(303).header("Location", containsString("/console/caseload"));
        officer.get("/console/caseload").then().statusCode(200).body(containsString("lang=\"fr\""));
    }

    @Test
    void aFormWithAWrongTokenIsRefused() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");

        assertEquals(400, officer.post("/console/language", Map.of("lang", "fr", CsrfTokens.FIELD, "forged")).statusCode());
    }
}
