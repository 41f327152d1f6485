package org.haven.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.haven.support.Tokens;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.smallrye.jwt.build.Jwt;

/**
 * The console's sign-in pages at the test OIDC provider (the WireMock server of quarkus-test-oidc-server,
 * realm path /auth/realms/console). Its own login form for the quarkus realm always signs in the same
 * user; here the username typed into the form chooses which tokens the code is exchanged for, so that
 * each test signs in as its own synthetic person with real signed tokens (the same key as the API's).
 * The authorization code is only handed out when the token request proves PKCE by carrying a verifier;
 * tests check the verifier against the challenge from the journal.
 */
final class ConsoleSignIn {

    static final String REALM = "/auth/realms/console";

    private ConsoleSignIn() {
    }

    /** The provider's pages that do not depend on the user: the login form, its submission and logout. */
    static void providerPages(WireMockServer provider) {
        provider.stubFor(get(urlPathEqualTo(REALM + "/authorize")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html;charset=UTF-8")
                .withBody("""
                        <!DOCTYPE html><html lang="en"><head><title>Test provider: sign in</title></head>
                        <body><main><h1>Sign in</h1>
                        <form action="%s/login" method="get">
                        <label for="username">Username</label> <input id="username" name="username">
                        <input type="hidden" name="state" value="{{request.query.state}}">
                        <input type="hidden" name="redirect_uri" value="{{request.query.redirect_uri}}">
                        <button type="submit" id="sign-in">Sign in</button>
                        </form></main></body></html>""".formatted(REALM))
                .withTransformers("response-template")));
        provider.stubFor(get(urlPathEqualTo(REALM + "/login")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?state={{request.query.state}}"
                        + "&code=code-{{request.query.username}}")
                .withTransformers("response-template")));
        provider.stubFor(get(urlPathEqualTo(REALM + "/logout")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.post_logout_redirect_uri}}")
                .withTransformers("response-template")));
    }

    /**
     * A synthetic person the provider can sign in: typing {@code subject} into the form yields an ID token
     * (audience haven-console, with a name, without teams) and an access token shaped like the API's
     * (audience haven-api, roles, teams), both signed with the test provider's key. The console acts on
     * the access token's claims, so a caseload that shows the team's cases proves it.
     */
    static void person(WireMockServer provider, String subject, List<String> teams, String... roles) {
        person(provider, subject, Duration.ZERO, teams, roles);
    }

    /** As above, for a person who signed in {@code ago} before now (an ID token issued then, still valid). */
    static void person(WireMockServer provider, String subject, Duration ago, List<String> teams, String... roles) {
        long now = java.time.Instant.now().getEpochSecond();
        String idToken = Tokens.sign(Jwt.issuer(Tokens.ISSUER).audience("haven-console").subject(subject)
                .claim("preferred_username", subject).claim("name", "Test " + subject)
                .issuedAt(now - ago.toSeconds()).expiresAt(now + Duration.ofMinutes(10).toSeconds()));
        String accessToken = Tokens.inTeams(subject, teams, roles);
        provider.stubFor(post(urlPathEqualTo(REALM + "/token"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=code-" + subject))
                .withRequestBody(containing("code_verifier="))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(new io.vertx.core.json
                        .JsonObject(Map.of("access_token", accessToken, "id_token", idToken, "token_type", "Bearer",
                                "expires_in", 600)).encode())));
    }
}
