package org.haven.console;

import static org.haven.support.ActivityFixtures.anActivity;
import static org.haven.support.OrganisationFixtures.anOrganisation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.response.Response;

/** Auditors download every organisation's and activity's history from the export page, as the API streams it. */
@QuarkusTest
class ConsoleGroupExportPagesTest {

    @OidcWireMock
    WireMockServer provider;

    @Test
    void anAuditorDownloadsOrganisationAndActivityHistories() {
        String officer = Tokens.of("protection-officer");
        String organisation = anOrganisation().register(officer);
        String activity = anActivity().plan(officer);
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");
        auditor.get("/console/exports").then().statusCode(200)
                .body(containsString("href=\"/console/exports/organisation-histories\""),
                        containsString("href=\"/console/exports/activity-histories\""));

        for (String kind : List.of("organisation-histories", "activity-histories")) {
            Response file = auditor.get("/console/exports/" + kind);
            file.then().statusCode(200).contentType(startsWith("application/x-ndjson"))
                    .header("Cache-Control", "no-store")
                    .header("Content-Disposition", matchesPattern("attachment; filename=\"haven-" + kind
                            + "-\\d{4}-\\d{2}-\\d{2}\\.jsonl\""));
            String[] lines = new String(file.asByteArray(), StandardCharsets.UTF_8).split("\n");
            assertTrue(lines[lines.length - 1].contains("\"format\":\"haven-" + kind + "/v1/JSONL\""),
                    "ends with its signed manifest");
            String body = String.join("\n", lines);
            assertTrue(body.contains(kind.startsWith("organisation") ? organisation : activity), kind);
        }
    }

    @Test
    void officersAndManagersAreRefused() {
        for (String role : List.of("protection-officer", "programme-manager")) {
            ConsoleSession session = ConsoleSession.signIn(provider, role);
            session.get("/console/exports/organisation-histories").then().statusCode(403);
            session.get("/console/exports/activity-histories").then().statusCode(403);
        }
    }
}
