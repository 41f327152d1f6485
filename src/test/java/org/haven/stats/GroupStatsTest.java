package org.haven.stats;

import static io.restassured.RestAssured.given;
import static org.haven.support.ActivityFixtures.anActivity;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.OrganisationFixtures.anOrganisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.ActivityFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The overview's group figures against a known data set in a fresh team, read by a manager of that team
 * (need-to-know makes the figures exact in a shared database), by a manager of another team, and by an auditor.
 */
@QuarkusTest
class GroupStatsTest {

    private static JsonPath stats(String token) {
        return given().auth().oauth2(token).get("/stats").then().statusCode(200).extract().jsonPath();
    }

    private static Object count(JsonPath stats, String table, String row, String column) {
        return stats.get("groupWork." + table + ".rows.find { it.label == '" + row + "' }.counts.find { it.label == '"
                + column + "' }.count");
    }

    private static Object rowTotal(JsonPath stats, String table, String row) {
        return stats.get("groupWork." + table + ".rows.find { it.label == '" + row + "' }.total");
    }

    @Test
    void aTeamsFiguresAreExactSmallCountsHiddenAndOtherTeamsSeeNone() {
        String team = "team-groups-" + UUID.randomUUID().toString().substring(0, 6);
        String officer = Tokens.inTeams("officer-" + team, List.of(team), Roles.PROTECTION_OFFICER);
        String manager = Tokens.inTeams("manager-" + team, List.of(team), Roles.PROGRAMME_MANAGER);
        for (int i = 0; i < 5; i++) {
            anOrganisation().register(officer);
        }
        String workshop = anActivity().with("type", "WORKSHOP").plan(officer);
        for (int i = 0; i < 4; i++) {
            anActivity().with("type", "WORKSHOP").plan(officer);
        }
        for (int i = 0; i < 5; i++) {
            ActivityFixtures.addParticipant(officer, workshop, aDefender().with("gender", "WOMAN").register(officer),
                    i % 2 == 0);
            ActivityFixtures.addParticipant(officer, workshop, aDefender().with("gender", "MAN").register(officer),
                    true);
        }

        JsonPath ours = stats(manager);
        assertEquals(5, (Integer) ours.get("groupWork.minimumCount"));
        assertEquals(5, count(ours, "organisations", "PARTNER", "NOT_VETTED"));
        assertEquals(5, rowTotal(ours, "organisations", "PARTNER"));
        assertEquals(0, count(ours, "organisations", "HOST", "VETTED"), "a true zero is published");
        assertNull(ours.get("groupWork.organisations.total"), "organisation-type pairs are not a total");
        assertEquals(5, count(ours, "activities", "WORKSHOP", "PLANNED"));
        assertEquals(0, count(ours, "activities", "TRAINING", "HELD"));
        assertEquals(5, (Integer) ours.get("groupWork.activities.total"));
        assertEquals(5, count(ours, "participants", "PARTICIPANTS", "WOMAN"), "listed or not, everyone is counted");
        assertEquals(5, count(ours, "participants", "PARTICIPANTS", "MAN"));
        assertEquals(10, rowTotal(ours, "participants", "PARTICIPANTS"));

        anOrganisation().with("types", List.of("HOST")).register(officer);
        ActivityFixtures.addParticipant(officer, workshop, aDefender().with("gender", "NON_BINARY").register(officer),
                false);
        JsonPath small = stats(manager);
        assertNull(count(small, "organisations", "HOST", "NOT_VETTED"), "one host organisation: hidden");
        assertNull(count(small, "participants", "PARTICIPANTS", "NON_BINARY"), "one person: hidden");
        for (String table : List.of("organisations", "participants")) {
            for (int i = 0; i < small.getList("groupWork." + table + ".rows").size(); i++) {
                List<Object> line = small.getList("groupWork." + table + ".rows[" + i + "].counts.count");
                line.add(small.get("groupWork." + table + ".rows[" + i + "].total"));
                long hidden = line.stream().filter(n -> n == null).count();
                assertTrue(hidden == 0 || hidden >= 2, "a complement hides a second count: " + line);
                assertTrue(line.stream().allMatch(n -> n == null || ((Integer) n) == 0 || ((Integer) n) >= 5),
                        line.toString());
            }
        }

        String elsewhere = Tokens.inTeams("manager-elsewhere", List.of(team + "-other"), Roles.PROGRAMME_MANAGER);
        JsonPath theirs = stats(elsewhere);
        assertEquals(0, rowTotal(theirs, "organisations", "PARTNER"));
        assertEquals(0, (Integer) theirs.get("groupWork.activities.total"));
        assertEquals(0, rowTotal(theirs, "participants", "PARTICIPANTS"));

        JsonPath all = stats(Tokens.of(Roles.AUDITOR));
        // In the whole database any count may be hidden as a complement, but a true zero is always published:
        // an auditor scoped like the other team's manager would read 0 here.
        Object everyWorkshop = count(all, "activities", "WORKSHOP", "PLANNED");
        assertTrue(everyWorkshop == null || (Integer) everyWorkshop >= 5, "auditors count every team: "
                + everyWorkshop);
        Object everyParticipant = rowTotal(all, "participants", "PARTICIPANTS");
        assertTrue(!Integer.valueOf(0).equals(everyParticipant), "auditors count every team's participants");
    }

    @Test
    void cancelledActivitiesAndArchivedOrganisationsAreNotCounted() {
        String team = "team-groups-" + UUID.randomUUID().toString().substring(0, 6);
        String officer = Tokens.inTeams("officer-" + team, List.of(team), Roles.PROTECTION_OFFICER);
        String manager = Tokens.inTeams("manager-" + team, List.of(team), Roles.PROGRAMME_MANAGER);
        String cancelled = anActivity().with("type", "TRAINING").plan(officer);
        for (int i = 0; i < 5; i++) {
            ActivityFixtures.addParticipant(officer, cancelled, aDefender().register(officer), true);
        }
        assertEquals(5, rowTotal(stats(manager), "participants", "PARTICIPANTS"));
        given().auth().oauth2(officer).contentType("application/json").header("If-Match", "\"0\"")
                .body(java.util.Map.of("target", "CANCELLED", "reason", "Visas refused"))
                .post("/activities/" + cancelled + "/transitions").then().statusCode(200);
        String organisation = anOrganisation().register(officer);
        given().auth().oauth2(manager).contentType("application/json").header("If-Match", "\"0\"")
                .body(java.util.Map.of("reason", "Synthetic: closed down"))
                .post("/organisations/" + organisation + "/archive").then().statusCode(200);
        JsonPath after = stats(manager);
        assertEquals(0, rowTotal(after, "participants", "PARTICIPANTS"));
        assertEquals(0, rowTotal(after, "organisations", "PARTNER"));
        assertEquals(0, count(after, "activities", "TRAINING", "PLANNED"));
    }
}
