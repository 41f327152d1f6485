package org.haven.shared;

import static io.restassured.RestAssured.given;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** quarkus-oidc really validates tokens: signature, expiry, issuer and audience. */
@QuarkusTest
class AuthenticationTest {

    private static final String ENDPOINT = "/defenders";

    private void assertRefused(String token) {
        assertProblem(given().auth().oauth2(token).get(ENDPOINT).then(), 401, "unauthenticated")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void validTokenIsAccepted() {
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get(ENDPOINT).then().statusCode(200);
    }

    @Test
    void missingTokenIsUnauthenticated() {
        assertProblem(given().get(ENDPOINT).then(), 401, "unauthenticated")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void garbageTokenIsUnauthenticated() {
        assertRefused("not.a.token");
    }

    @Test
    void expiredTokenIsUnauthenticated() {
        Instant past = Instant.now().minusSeconds(3600);
        assertRefused(Tokens.sign(Tokens.claims("officer-expired", Roles.PROTECTION_OFFICER)
                .issuedAt(past.minusSeconds(600)).expiresAt(past)));
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthenticated() {
        assertRefused(Tokens.sign(Tokens.claims("officer-x", Roles.PROTECTION_OFFICER)
                .issuer("https://evil.example.com/realms/haven")));
    }

    @Test
    void tokenForAnotherAudienceIsUnauthenticated() {
        assertRefused(Tokens.sign(Tokens.claims("officer-y", Roles.PROTECTION_OFFICER).audience("some-other-api")));
    }

    @Test
    void tokenWithoutAudienceIsUnauthenticated() {
        String token = Jwt.issuer(Tokens.ISSUER).subject("officer-z")
                .claim("realm_access", Map.of("roles", List.of(Roles.PROTECTION_OFFICER)))
                .expiresIn(600).jws().keyId("1").sign();
        assertRefused(token);
    }

    @Test
    void tokenSignedWithAnotherKeyIsUnauthenticated() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var foreignKey = generator.generateKeyPair().getPrivate();
        assertRefused(Tokens.claims("officer-forged", Roles.ADMIN).jws().keyId("1").sign(foreignKey));
    }

    @Test
    void unsignedTokenIsUnauthenticated() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long exp = Instant.now().plusSeconds(600).getEpochSecond();
        String payload = b64.encodeToString(("{\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\"" + Tokens.AUDIENCE
                + "\",\"sub\":\"officer-unsigned\",\"exp\":" + exp
                + ",\"realm_access\":{\"roles\":[\"admin\"]}}").getBytes(StandardCharsets.UTF_8));
        assertRefused(header + "." + payload + ".");
    }

    @Test
    void authenticatedUserWithoutAHavenRoleIsForbidden() {
        assertProblem(given().auth().oauth2(Tokens.forUser("visitor-1", "offline_access")).get(ENDPOINT).then(),
                403, "forbidden");
    }

    @Test
    void rolesAreAlsoReadFromTheGroupsClaim() {
        String token = Tokens.sign(Tokens.claims("auditor-groups").groups(Roles.AUDITOR));
        given().auth().oauth2(token).get(ENDPOINT).then().statusCode(200);
    }
}
