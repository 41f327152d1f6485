package org.haven.export;

import static io.restassured.RestAssured.given;
import static org.haven.support.ActivityFixtures.anActivity;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.OrganisationFixtures.anOrganisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.haven.export.verify.ExportVerifier;
import org.haven.shared.security.Roles;
import org.haven.support.ActivityFixtures;
import org.haven.support.OrganisationFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Organisation and activity histories: complete, pseudonymous records that the offline verifier accepts,
 * that it rejects once a line is altered, and from which an erased defender is gone.
 */
@QuarkusTest
class GroupExportTest {

    private static final String ORGANISATIONS = "/exports/organisation-histories";
    private static final String ACTIVITIES = "/exports/activity-histories";

    @TempDir
    Path dir;

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);
    private final String manager = Tokens.of(Roles.PROGRAMME_MANAGER);
    private final String auditor = Tokens.of(Roles.AUDITOR);
    private GroupExportFiles files;

    @BeforeEach
    void keys() throws Exception {
        files = new GroupExportFiles(dir);
    }

    private static List<String> actions(JsonNode record) {
        List<String> actions = new ArrayList<>();
        record.get("auditEntries").forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }

    private static String reference(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().path("reference");
    }

    @Test
    void anOrganisationsHistoryHasItsStateMembersByReferenceAndAuditTrailAndVerifies() throws Exception {
        OrganisationFixtures data = anOrganisation().with("types", List.of("HOST", "PARTNER"));
        String organisation = data.register(officer);
        String defender = aDefender().register(officer);
        OrganisationFixtures.link(officer, organisation, defender, "LEADERSHIP");
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "VETTED", "vettedOn", LocalDate.now().minusDays(1).toString(),
                        "reason", "Checked with two partners"))
                .post("/organisations/" + organisation + "/vetting").then().statusCode(200);

        Path file = files.download(auditor, ORGANISATIONS + "?vettingStatus=VETTED");
        JsonNode o = GroupExportFiles.record(file, "organisation", organisation);
        assertNotNull(o, "the organisation is exported");
        assertEquals("VETTED", o.at("/organisation/vetting_status").asText());
        assertEquals(List.of("HOST", "PARTNER"), List.of(o.at("/organisation/types/0").asText(),
                o.at("/organisation/types/1").asText()));
        assertEquals(reference(auditor, "/defenders/" + defender), o.at("/members/0/defender_reference").asText());
        assertEquals("LEADERSHIP", o.at("/members/0/role").asText());
        assertTrue(o.at("/members/0/ended_at").isNull(), "a current link");
        assertFalse(o.toString().contains(defender), "defenders by reference only");
        assertFalse(o.toString().contains("+00-555-org-"), "contacts are sealed and not asked for");
        assertFalse(o.has("sensitive"));
        assertTrue(actions(o).containsAll(List.of("ORGANISATION_REGISTERED", "ORGANISATION_MEMBER_LINKED",
                "ORGANISATION_VETTED")), actions(o).toString());

        JsonNode manifest = GroupExportFiles.manifest(file);
        assertEquals("haven-organisation-histories/v1/JSONL", manifest.get("format").asText());
        assertEquals("VETTED", manifest.at("/filters/vettingStatus").asText());
        assertEquals(Files.readAllLines(file).size() - 1, manifest.get("organisations").asInt());
        ExportVerifier.Report report = files.verify(file);
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(manifest.get("organisations").asLong(), report.cases());
        assertEquals(manifest.get("events").asLong(), report.events());
    }

    @Test
    void anActivitysHistoryListsConsentingParticipantsCountsEveryoneAndVerifies() throws Exception {
        String partner = anOrganisation().register(officer);
        String first = anActivity().plan(officer);
        String activity = anActivity().with("type", "WORKSHOP").with("partnerOrganisationIds", List.of(partner))
                .with("followsActivityId", first).plan(officer);
        String listed = aDefender().with("gender", "WOMAN").register(officer);
        String unlisted = aDefender().with("gender", "MAN").register(officer);
        ActivityFixtures.addParticipant(officer, activity, listed, true);
        ActivityFixtures.addParticipant(officer, activity, unlisted, false);
        ActivityFixtures.held(officer, activity, "\"0\"");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("kind", "ACTION_PLAN", "title", "Synthetic action plan"))
                .post("/activities/" + activity + "/outputs").then().statusCode(201);

        Path file = files.download(auditor, ACTIVITIES + "?type=WORKSHOP&status=HELD");
        JsonNode a = GroupExportFiles.record(file, "activity", activity);
        assertNotNull(a, "the activity is exported");
        assertEquals(first, a.at("/activity/follows_activity_id").asText());
        assertEquals(reference(auditor, "/activities/" + first), a.at("/activity/follows_activity_reference").asText());
        assertEquals(reference(auditor, "/organisations/" + partner), a.at("/partners/0/organisation_reference")
                .asText());
        assertEquals(1, a.at("/participants/listed").size(), "only the one who consented is listed");
        assertEquals(reference(auditor, "/defenders/" + listed), a.at("/participants/listed/0/defender_reference")
                .asText());
        assertEquals("WOMAN", a.at("/participants/listed/0/gender").asText());
        assertEquals(2, a.at("/participants/total").asInt());
        assertEquals("[{\"gender\":\"MAN\",\"count\":1},{\"gender\":\"WOMAN\",\"count\":1}]",
                a.at("/participants/by_gender").toString());
        assertFalse(a.toString().contains(reference(auditor, "/defenders/" + unlisted)),
                "an unlisted participant is only counted, in the audit trail too");
        assertEquals("ACTION_PLAN", a.at("/outputs/0/kind").asText());
        assertFalse(a.toString().contains("Synthetic venue"), "the location is sealed and not asked for");
        assertTrue(actions(a).containsAll(List.of("ACTIVITY_PLANNED", "ACTIVITY_PARTICIPANT_ADDED",
                "ACTIVITY_STATUS_CHANGED", "ACTIVITY_OUTPUT_RECORDED")), actions(a).toString());
        JsonNode manifest = GroupExportFiles.manifest(file);
        assertEquals("haven-activity-histories/v1/JSONL", manifest.get("format").asText());
        ExportVerifier.Report report = files.verify(file);
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(manifest.get("activities").asLong(), report.cases());
    }

    @Test
    void theVerifierCatchesAnAlteredLineADroppedLineAndARelabelledManifest() throws Exception {
        String activity = anActivity().with("type", "PEER_EXCHANGE").plan(officer);
        anActivity().with("type", "PEER_EXCHANGE").plan(officer);
        Path file = files.download(auditor, ACTIVITIES + "?type=PEER_EXCHANGE");
        assertTrue(files.verify(file).valid(), files.verify(file).problems().toString());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 3, "at least two activities and the manifest");

        int at = -1;
        for (int i = 0; i < lines.size() - 1; i++) {
            at = lines.get(i).contains(activity) ? i : at;
        }
        List<String> altered = new ArrayList<>(lines);
        altered.set(at, altered.get(at).replace("\"PEER_EXCHANGE\"", "\"WORKSHOP\""));
        assertInvalid(altered, "does not match the manifest");

        List<String> dropped = new ArrayList<>(lines);
        dropped.remove(0);
        assertInvalid(dropped, "line 1: carries number 2");

        List<String> relabelled = new ArrayList<>(lines);
        int last = relabelled.size() - 1;
        relabelled.set(last, relabelled.get(last).replace("haven-activity-histories", "haven-organisation-histories")
                .replace("\"activities\":", "\"organisations\":"));
        assertInvalid(relabelled, "the manifest's signature is not valid");
    }

    @Test
    void afterErasureNoParticipantListOrMemberListHoldsTheDefenderAndEverythingStillVerifies() throws Exception {
        String organisation = anOrganisation().register(officer);
        String activity = anActivity().with("type", "ADVOCACY_MEETING").plan(officer);
        String stays = aDefender().with("gender", "MAN").register(officer);
        String erased = aDefender().with("gender", "WOMAN").register(officer);
        String erasedReference = reference(auditor, "/defenders/" + erased);
        OrganisationFixtures.link(officer, organisation, erased, "MEMBER");
        ActivityFixtures.addParticipant(officer, activity, stays, true);
        ActivityFixtures.addParticipant(officer, activity, erased, true);
        JsonNode before = GroupExportFiles.record(files.download(auditor, ACTIVITIES + "?type=ADVOCACY_MEETING"),
                "activity", activity);
        assertTrue(before.get("participants").toString().contains(erasedReference), "listed before the erasure");

        given().auth().oauth2(Tokens.of(Roles.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("reason", "The defender asked to be forgotten"))
                .post("/defenders/" + erased + "/erasure").then().statusCode(200);

        Path activities = files.download(auditor, ACTIVITIES + "?type=ADVOCACY_MEETING");
        JsonNode a = GroupExportFiles.record(activities, "activity", activity);
        assertFalse(a.get("participants").toString().contains(erasedReference), a.get("participants").toString());
        assertEquals(1, a.at("/participants/total").asInt());
        assertEquals("[{\"gender\":\"MAN\",\"count\":1}]", a.at("/participants/by_gender").toString());
        Path organisations = files.download(auditor, ORGANISATIONS);
        JsonNode o = GroupExportFiles.record(organisations, "organisation", organisation);
        assertEquals(0, o.get("members").size(), "the erased defender's link is gone");
        for (Path file : List.of(activities, organisations)) {
            ExportVerifier.Report report = files.verify(file);
            assertTrue(report.valid(), report.problems().toString());
        }
        assertTrue(given().auth().oauth2(auditor).get("/audit/verify").then().statusCode(200).extract().jsonPath()
                .getBoolean("valid"), "the audit chain still verifies");
    }

    private void assertInvalid(List<String> lines, String expectedProblem) throws Exception {
        ExportVerifier.Report report = files.verify(files.write(lines));
        assertFalse(report.valid());
        assertTrue(report.problems().stream().anyMatch(p -> p.contains(expectedProblem)),
                "expected '" + expectedProblem + "' in " + report.problems());
    }

    @Test
    void aRecordAbsentFromTheFilterIsNotExported() throws Exception {
        String cancelled = anActivity().with("type", "TRAINING").plan(officer);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("target", "CANCELLED", "reason", "Visas refused"))
                .post("/activities/" + cancelled + "/transitions").then().statusCode(200);
        Path planned = files.download(auditor, ACTIVITIES + "?type=TRAINING&status=PLANNED");
        assertNull(GroupExportFiles.record(planned, "activity", cancelled));
        assertNotNull(GroupExportFiles.record(files.download(auditor, ACTIVITIES + "?type=TRAINING&status=CANCELLED"),
                "activity", cancelled));
    }
}
