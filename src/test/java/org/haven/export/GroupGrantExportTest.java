package org.haven.export;

import static io.restassured.RestAssured.given;
import static org.haven.support.ActivityFixtures.anActivity;
import static org.haven.support.OrganisationFixtures.anOrganisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.haven.export.verify.ExportVerifier;
import org.haven.shared.security.Roles;
import org.haven.support.GrantFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The grants in organisation and activity histories: those supporting an organisation, those paying it
 * for someone else, and an activity's costs, each with its approvals, payments and audit trail, which the
 * offline verifier checks and counts with the record's own.
 */
@QuarkusTest
class GroupGrantExportTest {

    @TempDir
    Path dir;

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);
    private final String auditor = Tokens.of(Roles.AUDITOR);
    private GroupExportFiles files;

    @BeforeEach
    void keys() throws Exception {
        files = new GroupExportFiles(dir);
    }

    @Test
    void anOrganisationsGrantsAndAnActivitysCostsAreExportedWithTheirAuditTrailsAndVerify() throws Exception {
        String fund = GrantFixtures.aFund(100000, "EUR");
        String network = vetted(anOrganisation().with("types", List.of("BENEFICIARY")).register(officer));
        String hotel = vetted(anOrganisation().with("types", List.of("HOST")).register(officer));
        String supporting = approved(propose(Map.of("organisationId", network), fund, 2000));
        given().auth().oauth2(Tokens.of(Roles.PROGRAMME_MANAGER)).contentType(ContentType.JSON)
                .body(GrantFixtures.aDisbursement(2000)).post("/grants/" + supporting + "/disbursements").then()
                .statusCode(201);
        String activity = anActivity().with("type", "STRATEGY_MEETING").plan(officer);
        String stay = approved(propose(Map.of("activityId", activity, "costCategory", "STAY",
                "payeeOrganisationId", hotel), fund, 1500));

        Path organisations = files.download(auditor, "/exports/organisation-histories?vettingStatus=VETTED");
        JsonNode o = GroupExportFiles.record(organisations, "organisation", network);
        assertEquals(supporting, o.at("/grants/0/id").asText());
        assertEquals("ORGANISATION", o.at("/grants/0/beneficiary_kind").asText());
        assertEquals("APPROVED", o.at("/grants/0/status").asText());
        assertEquals(1, o.at("/grants/0/approvals").size());
        assertEquals(1, o.at("/grants/0/disbursements").size());
        assertEquals(List.of("CHECK_IN", "FINANCIAL_REPORT"), texts(o.at("/grants/0/followUps"), "type"));
        assertEquals(List.of("GRANT_PROPOSED", "GRANT_APPROVED", "GRANT_DISBURSED"),
                texts(o.at("/grants/0/auditEntries"), "action"));
        JsonNode h = GroupExportFiles.record(organisations, "organisation", hotel);
        assertEquals(stay, h.at("/grantsAsPayee/0/id").asText(), "the hotel is paid for the activity's stay");
        assertEquals(0, h.at("/grants").size(), "but supported by none");
        assertValid(organisations);

        Path activities = files.download(auditor, "/exports/activity-histories?type=STRATEGY_MEETING");
        JsonNode a = GroupExportFiles.record(activities, "activity", activity);
        assertEquals(stay, a.at("/costs/0/id").asText());
        assertEquals("STAY", a.at("/costs/0/cost_category").asText());
        assertEquals(hotel, a.at("/costs/0/payee_organisation_id").asText());
        assertValid(activities);
    }

    /** Valid, and the events counted and checked include the grants' audit entries. */
    private void assertValid(Path file) throws Exception {
        ExportVerifier.Report report = files.verify(file);
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(GroupExportFiles.manifest(file).get("events").asLong(), report.events());
        long nested = 0;
        for (String line : java.nio.file.Files.readAllLines(file)) {
            JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            for (String section : List.of("grants", "grantsAsPayee", "costs")) {
                for (JsonNode list : node.findValues(section)) {
                    for (JsonNode g : list) {
                        nested += g.get("auditEntries").size();
                    }
                }
            }
        }
        assertTrue(nested > 0, "the grants' entries are in the file");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }

    private String propose(Map<String, Object> beneficiary, String fund, int amount) {
        Map<String, Object> body = new HashMap<>(beneficiary);
        body.put("fundId", fund);
        body.put("amount", GrantFixtures.money(amount, "EUR"));
        body.put("purpose", "Synthetic support");
        return GrantFixtures.propose(officer, body).then().statusCode(201).extract().path("id");
    }

    private static String approved(String grant) {
        GrantFixtures.decide(Tokens.of(Roles.PROGRAMME_MANAGER), grant, GrantFixtures.approval(null)).then()
                .statusCode(200);
        return grant;
    }

    private static String vetted(String organisation) {
        String manager = Tokens.of(Roles.PROGRAMME_MANAGER);
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "VETTED", "vettedOn", "2026-01-05", "reason", "Checked with two partners"))
                .post("/organisations/" + organisation + "/vetting").then().statusCode(200);
        return organisation;
    }
}
