package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.microprofile.config.ConfigProvider;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The console's HTTP edge without a browser: the sign-in redirect (code flow with PKCE), the headers of
 * console pages, and that the API answers exactly as before (no cookie, its own policy, bearer tokens only).
 */
@QuarkusTest
class ConsoleHttpTest {

    private static final String CONSOLE_POLICY_START = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self' http://localhost:";

    @Test
    void aVisitorWithoutSessionIsSentToSignInWithPkce() {
        Response answer = given().redirects().follow(false).get("/console/caseload");

        assertEquals(302, answer.statusCode());
        String location = URLDecoder.decode(answer.header("Location"), StandardCharsets.UTF_8);
        String provider = ConfigProvider.getConfig().getValue("keycloak.url", String.class) + "/realms/console/authorize?";
        assertTrue(location.startsWith(provider), location);
        for (String part : new String[] { "response_type=code", "client_id=haven-console", "code_challenge_method=S256",
                "code_challenge=", "/console/callback", "state=" }) {
            assertTrue(location.contains(part), part + " in " + location);
        }
        String state = answer.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("q_auth"))
                .findFirst().orElseThrow();
        String attributes = state.toLowerCase(java.util.Locale.ROOT);
        assertTrue(attributes.contains("; httponly") && attributes.contains("; path=/console")
                && attributes.contains("; samesite=lax"), state);
    }

    @Test
    void anHtmxRequestWithoutSessionIsToldToNavigateToSignIn() {
        // the browser's XMLHttpRequest would follow a redirect itself, to the provider's origin, and fail
        Response answer = given().redirects().follow(false).header("HX-Request", "true").get("/console/caseload/table");

        assertEquals(200, answer.statusCode());
        assertEquals(null, answer.header("Location"));
        assertTrue(answer.header("HX-Redirect").contains("/realms/console/authorize?"), answer.header("HX-Redirect"));
        assertTrue(answer.header("HX-Redirect").contains("code_challenge_method=S256"));
    }

    @Test
    void anApiTokenDoesNotOpenTheConsole() {
        given().redirects().follow(false).auth().oauth2(Tokens.of("protection-officer")).get("/console/caseload")
                .then().statusCode(302).header("Location", containsString("/realms/console/authorize"));
    }

    @Test
    void theApiAnswersAsBeforeTheConsole() {
        given().auth().oauth2(Tokens.of("protection-officer")).get("/requests")
                .then().statusCode(200)
                .header("Set-Cookie", nullValue())
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Cache-Control", equalTo("no-store"));
        given().get("/requests").then().statusCode(401).header("Location", nullValue());
    }

    @Test
    void theApisValidationMessagesDoNotFollowTheConsolesLanguages() {
        String token = Tokens.of("protection-officer");
        java.util.Map<String, Object> invalid = org.haven.support.RequestFixtures.aRequest().without("urgency").body();
        String english = given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON).body(invalid)
                .post("/requests").then().statusCode(422).extract().body().asString();
        for (String language : new String[] { "fr", "fr-FR", "prs", "ps-AF" }) {
            given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON).body(invalid)
                    .header("Accept-Language", language).post("/requests")
                    .then().statusCode(422).body(equalTo(english));
        }
    }

    @Test
    void consolePagesForbidInlineScriptFramingReferrerAndCaching() {
        given().header("Accept-Language", "en-GB").get("/console/signed-out")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", startsWith(CONSOLE_POLICY_START))
                .header("Content-Security-Policy", containsString("; frame-ancestors 'none'; base-uri 'none'"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Frame-Options", equalTo("DENY"))
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"));
        String policy = given().get("/console/signed-out").header("Content-Security-Policy");
        assertTrue(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval") && !policy.contains("*"), policy);
    }

    @Test
    void stylesAndHtmxComeFromHavenAndMayBeCachedUnlikePages() {
        given().get("/console/assets/htmx.min.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", equalTo("public, max-age=3600"))
                .body(containsString("htmx"));
        given().get("/console/assets/console.css").then().statusCode(200)
                .contentType(containsString("css"))
                .body(containsString("margin-inline-start"));
    }

    @Test
    void theSignedOutPageSpeaksTheBrowsersLanguage() {
        given().header("Accept-Language", "ps-AF, en;q=0.5").get("/console/signed-out")
                .then().statusCode(200).body(containsString("<html lang=\"ps\" dir=\"rtl\">"),
                        containsString("تاسو ووتلئ"));
    }

    @Test
    void cookiesAreSecureUnlessALocalProfileSaysOtherwise() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(in);
        }
        assertEquals("true", properties.getProperty("haven.console.secure-cookies"));
        assertEquals(null, properties.getProperty("%prod.haven.console.secure-cookies"));
        assertEquals("${haven.console.secure-cookies}",
                properties.getProperty("quarkus.oidc.console.authentication.cookie-force-secure"));
        assertEquals("true", properties.getProperty("quarkus.oidc.console.token-state-manager.encryption-required"));
        assertEquals("true", properties.getProperty("quarkus.oidc.console.authentication.pkce-required"));
    }
}
