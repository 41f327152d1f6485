package org.haven;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.PackagedHaven;
import org.haven.support.PostgresResource;
import org.haven.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged service in its production profile, as operators run it: every line it writes is one JSON
 * object, and none carries personal data, with Haven's DEBUG output on; health and metrics answer on the
 * management port only.
 */
class ProductionProfileIT {

    private static final PostgresResource POSTGRES = new PostgresResource();
    private static final OidcWiremockTestResource OIDC = new OidcWiremockTestResource();
    private static final String LOG = "production-profile.log";
    private static PackagedHaven haven;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> oidc = OIDC.start();
        oidc.forEach(System::setProperty);
        Map<String, String> env = new HashMap<>(PackagedHaven.environment(POSTGRES.start(),
                oidc.get("keycloak.url") + "/realms/quarkus"));
        // Haven's DEBUG lines (refusals) too: they are where a careless message would put a value.
        env.put("QUARKUS_LOG_CATEGORY__ORG_HAVEN__LEVEL", "DEBUG");
        haven = PackagedHaven.start(env, LOG);
        haven.awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        if (haven != null) {
            haven.close();
        }
        OIDC.stop();
        POSTGRES.stop();
    }

    private static RequestSpecification api(String token) {
        return given().baseUri("http://localhost").port(haven.port()).auth().oauth2(token);
    }

    @Test
    void everyLogLineIsAJsonObjectAndNoneCarriesPersonalData() throws Exception {
        String m = "PIIMARK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        String id = api(officer).contentType(ContentType.JSON).body(aDefender().with("legalName", m + "-legal")
                .with("currentCity", m + "-city").with("riskNotes", m + "-risk")
                .with("contacts", List.of(Map.of("channel", "SIGNAL", "value", m + "-contact"))).body())
                .post("/defenders").then().statusCode(201).extract().path("id");
        api(officer).get("/defenders/" + id + "/sensitive?reason=log-test").then().statusCode(200)
                .body(containsString(m + "-legal"));
        api(officer).contentType(ContentType.JSON).body(aDefender().with("legalName", m + "-legal2")
                .with("currentCountry", "XX").body()).post("/defenders").then().statusCode(422);
        api(officer).contentType(ContentType.JSON).body(aDefender().with("riskNotes", m + "-risk2")
                .with("birthYear", "old").body()).post("/defenders").then().statusCode(400);
        api(officer).contentType(ContentType.JSON).body(aDefender().with("homeAddress", m + "-address").body())
                .post("/defenders").then().statusCode(400);
        api(officer).contentType(ContentType.JSON).header("If-Match", "\"9\"")
                .body(Map.of("legalName", m + "-legal3")).put("/defenders/" + id + "/sensitive").then()
                .statusCode(412);
        api("not-a-token").get("/defenders/" + id).then().statusCode(401);

        List<String> lines = Files.readAllLines(Path.of("target", LOG), StandardCharsets.UTF_8);
        assertTrue(lines.size() > 10, "sanity: the service has logged its start: " + lines.size() + " lines");
        ObjectMapper json = new ObjectMapper();
        boolean refusalLogged = false;
        for (String line : lines) {
            JsonNode record;
            try {
                record = json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not a JSON log line: " + line, e);
            }
            assertTrue(record.isObject() && record.hasNonNull("timestamp") && record.hasNonNull("level")
                    && record.hasNonNull("loggerName") && record.has("message"), "a log record: " + line);
            refusalLogged |= record.path("message").asText().contains("Refused with 422");
            assertFalse(line.contains(m), "a sensitive marker value appeared in the log: " + line);
        }
        assertTrue(refusalLogged, "sanity: Haven's DEBUG refusals are in the log");
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() {
        given().baseUri("http://localhost").port(haven.managementPort()).get("/q/health/ready").then()
                .statusCode(200);
        given().baseUri("http://localhost").port(haven.managementPort()).get("/q/metrics").then().statusCode(200)
                .body(containsString("haven_audit_append_seconds_count"))
                .body(containsString("haven_assistance_requests{status=\"RECEIVED\"}"));
        given().baseUri("http://localhost").port(haven.port()).get("/q/health/ready").then().statusCode(404);
        given().baseUri("http://localhost").port(haven.port()).get("/q/metrics").then().statusCode(404);
    }
}
