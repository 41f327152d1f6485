package org.haven.export;

import static io.restassured.RestAssured.given;
import static org.haven.support.ActivityFixtures.anActivity;
import static org.haven.support.OrganisationFixtures.anOrganisation;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.haven.shared.security.AccessScope;
import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;
import org.haven.shared.web.Params;
import org.haven.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may export organisation and activity histories (the roles of the case-history export), the sealed
 * fields only for auditors with a reason, need-to-know in the reader, and bad parameters named.
 */
@QuarkusTest
class GroupExportAccessTest {

    private static final List<String> URLS = List.of("/exports/organisation-histories",
            "/exports/activity-histories");

    @TempDir
    Path dir;

    @Inject
    GroupExportService service;

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);
    private final String auditor = Tokens.of(Roles.AUDITOR);
    private GroupExportFiles files;

    @BeforeEach
    void keys() throws Exception {
        files = new GroupExportFiles(dir);
    }

    @Test
    void onlyAuditorsAndAdminsExportLikeCaseHistories() {
        for (String url : URLS) {
            for (String role : List.of(Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER)) {
                assertProblem(given().auth().oauth2(Tokens.of(role)).get(url).then(), 403, "forbidden");
            }
            assertProblem(given().get(url).then(), 401, "unauthenticated");
            given().auth().oauth2(Tokens.of(Roles.ADMIN)).get(url).then().statusCode(200);
            given().auth().oauth2(auditor).get(url).then().statusCode(200)
                    .header("Content-Disposition", org.hamcrest.Matchers.containsString("-histories.jsonl"));
        }
    }

    @Test
    void contactsAndLocationOnlyForAuditorsWithAReasonAndTheReasonIsAudited() throws Exception {
        String m = "GRPMARK" + UUID.randomUUID().toString().substring(0, 8);
        String organisation = anOrganisation().with("contacts", List.of(java.util.Map.of("channel", "SIGNAL",
                "value", m + "-contact"))).register(officer);
        String activity = anActivity().with("type", "STRATEGY_MEETING").with("location", m + "-venue").plan(officer);
        for (String url : URLS) {
            assertFalse(given().auth().oauth2(auditor).get(url).then().statusCode(200).extract().asString()
                    .contains(m), "pseudonymous by default");
            assertFieldProblem(given().auth().oauth2(auditor).queryParam("includeSensitive", "true").get(url).then(),
                    400, "invalid-parameter", "reason");
            assertProblem(given().auth().oauth2(Tokens.of(Roles.ADMIN)).queryParam("includeSensitive", "true")
                    .queryParam("reason", "curious").get(url).then(), 403, "sensitive-export-forbidden");
        }
        String reason = "Donor audit of the partner network (synthetic)";
        Path orgs = files.download(auditor, URLS.get(0) + "?includeSensitive=true&reason=" + reason);
        JsonNode o = GroupExportFiles.record(orgs, "organisation", organisation);
        assertEquals(m + "-contact", o.at("/sensitive/contacts/0/value").asText());
        Path acts = files.download(auditor, URLS.get(1) + "?type=STRATEGY_MEETING&includeSensitive=true&reason="
                + reason);
        assertEquals(m + "-venue", GroupExportFiles.record(acts, "activity", activity).at("/sensitive/location")
                .asText());
        for (Path file : List.of(orgs, acts)) {
            assertTrue(GroupExportFiles.manifest(file).get("includesSensitive").asBoolean());
            assertTrue(files.verify(file).valid(), files.verify(file).problems().toString());
        }
        given().auth().oauth2(auditor).queryParam("action", "EXPORT_STARTED").queryParam("sort", "-seq")
                .get("/audit").then().statusCode(200)
                .body("items[0].reason", equalTo(reason))
                .body("items[0].changes.kind.after", equalTo("haven-activity-histories/v1"))
                .body("items[0].changes.includesSensitive.after", equalTo(true));
    }

    @Test
    void everyExportIsAuditedWithItsCountAndDigest() throws Exception {
        Path file = files.download(auditor, URLS.get(0));
        String exportId = GroupExportFiles.manifest(file).get("exportId").asText();
        given().auth().oauth2(auditor).queryParam("entityId", exportId).get("/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("EXPORT_STARTED", "EXPORT_COMPLETED"))
                .body("items.find { it.action == 'EXPORT_COMPLETED' }.changes.digest.after",
                        equalTo(GroupExportFiles.manifest(file).get("digest").asText()));
    }

    @Test
    void aReaderScopedToOneTeamNeverSeesAnotherTeamsRecords() throws Exception {
        String north = "team-north-" + UUID.randomUUID().toString().substring(0, 6);
        String south = "team-south-" + UUID.randomUUID().toString().substring(0, 6);
        String northOfficer = Tokens.inTeams("officer-n", List.of(north), Roles.PROTECTION_OFFICER);
        String southOfficer = Tokens.inTeams("officer-s", List.of(south), Roles.PROTECTION_OFFICER);
        String ours = anOrganisation().register(northOfficer);
        String theirs = anOrganisation().register(southOfficer);
        String ourActivity = anActivity().plan(northOfficer);
        String theirActivity = anActivity().plan(southOfficer);
        Actor reader = new Actor("reader-" + north, "Synthetic reader", List.of(Roles.AUDITOR));
        AccessScope scope = new AccessScope(false, Set.of(north), reader.subject());

        Path organisations = export(reader, scope, GroupFilter.organisations(null, null));
        assertNotNull(GroupExportFiles.record(organisations, "organisation", ours));
        assertNull(GroupExportFiles.record(organisations, "organisation", theirs));
        assertEquals(1, GroupExportFiles.manifest(organisations).get("organisations").asInt(), "only the team's");
        Path activities = export(reader, scope, GroupFilter.activities(null, null, null, null));
        assertNotNull(GroupExportFiles.record(activities, "activity", ourActivity));
        assertNull(GroupExportFiles.record(activities, "activity", theirActivity));
        assertTrue(files.verify(activities).valid(), files.verify(activities).problems().toString());
        Path everything = export(reader, AccessScope.everything(reader.subject()),
                GroupFilter.organisations(null, null));
        assertNotNull(GroupExportFiles.record(everything, "organisation", theirs), "the guard above can fail");
    }

    private Path export(Actor actor, AccessScope scope, GroupFilter filter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.begin(actor, scope, filter, null).body().accept(out);
        Path file = dir.resolve("scoped-" + System.nanoTime() + ".jsonl");
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        String orgs = URLS.get(0);
        String acts = URLS.get(1);
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("format", "csv").get(orgs).then(), 400,
                "invalid-parameter", "format");
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("format", "xlsx").get(acts).then(), 400,
                "invalid-parameter", "format");
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("status", "CLOSED").get(orgs).then(), 400,
                "invalid-parameter", "status");
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("vettingStatus", "MAYBE").get(orgs).then(), 400,
                "invalid-parameter", "vettingStatus");
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("type", "PARTY").get(acts).then(), 400,
                "invalid-parameter", "type");
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("from", "2026-13-01").get(acts).then(), 400,
                "invalid-parameter", "from");
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("from", "2026-02-01").queryParam("to",
                "2026-01-01").get(acts).then(), 400, "invalid-parameter", "to");
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("reason", "r".repeat(Params.REASON_MAX_LENGTH + 1))
                .get(acts).then(), 400, "invalid-parameter", "reason");
        String body = given().auth().oauth2(auditor).queryParam("from", "2026-01-01").queryParam("to", "2026-01-01")
                .get(acts).then().statusCode(200).extract().asString();
        assertTrue(body.lines().reduce((a, b) -> b).orElseThrow().contains("\"from\":\"2026-01-01\""),
                new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
