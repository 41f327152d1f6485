package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.support.Tokens;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A signed-in console session without a browser, for HTTP-level tests of console pages and forms: the
 * same authorization code flow with PKCE as a browser (through the test provider of {@link ConsoleSignIn},
 * real signed tokens), then the session and CSRF cookies as the browser would keep them. Every test
 * person gets their own team unless told otherwise, so tests share no data.
 */
final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"" + CsrfTokens.FIELD + "\" value=\"([^\"]+)\"");

    final String subject;
    final List<String> teams;
    /** An API token for the same person, to arrange data through the API. */
    final String token;
    private final Map<String, String> cookies = new HashMap<>();

    private ConsoleSession(String subject, List<String> teams, String token) {
        this.subject = subject;
        this.teams = teams;
        this.token = token;
    }

    /** Signs a new synthetic person with this role in, in a team of their own. */
    static ConsoleSession signIn(WireMockServer provider, String role) {
        String subject = role.replace("-", "") + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        return signIn(provider, subject, List.of("team-" + subject), role);
    }

    static ConsoleSession signIn(WireMockServer provider, String subject, List<String> teams, String... roles) {
        ConsoleSignIn.providerPages(provider);
        ConsoleSignIn.person(provider, subject, teams, roles);
        ConsoleSession session = new ConsoleSession(subject, teams, Tokens.inTeams(subject, teams, roles));
        Response start = given().redirects().follow(false).get("/console/caseload");
        assertEquals(302, start.statusCode(), "sign-in starts with a redirect to the provider");
        session.keep(start);
        URI authorize = URI.create(start.header("Location"));
        Map<String, String> query = query(authorize.getRawQuery());
        // the provider's login form, submitted with this person's name, answers with the code
        Response login = given().redirects().follow(false).urlEncodingEnabled(false)
                .get(authorize.getScheme() + "://" + authorize.getAuthority() + ConsoleSignIn.REALM + "/login?username="
                        + subject + "&state=" + query.get("state") + "&redirect_uri=" + query.get("redirect_uri"));
        URI callback = URI.create(login.header("Location"));
        Response back = session.request().urlEncodingEnabled(false)
                .get(callback.getRawPath() + "?" + callback.getRawQuery());
        assertEquals(302, back.statusCode(), "the callback sets the session and returns to the page");
        session.keep(back);
        return session;
    }

    /** A request carrying this browser's cookies; redirects are not followed, so tests see them. */
    RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    /** GETs a page and keeps any cookie it sets. */
    Response get(String path) {
        Response page = request().get(path);
        keep(page);
        return page;
    }

    /** The CSRF token this browser's forms carry (read from a page, as the browser would). */
    String csrfToken() {
        Matcher m = CSRF.matcher(get("/console/caseload").asString());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF field on the caseload page");
        }
        return m.group(1);
    }

    /** Posts a form as the browser would: with the CSRF token and this browser's cookies. */
    Response post(String path, Map<String, ?> fields) {
        Map<String, Object> form = new HashMap<>(fields);
        form.putIfAbsent(CsrfTokens.FIELD, csrfToken());
        Response answer = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).post(path);
        keep(answer);
        return answer;
    }

    private void keep(Response response) {
        cookies.putAll(response.getCookies());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }
}
