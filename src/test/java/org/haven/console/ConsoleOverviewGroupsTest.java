package org.haven.console;

import static org.haven.support.ActivityFixtures.anActivity;
import static org.haven.support.OrganisationFixtures.anOrganisation;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/** The overview's group-support tables: a team's counts, a small one hidden in words, in English and Dari. */
@QuarkusTest
class ConsoleOverviewGroupsTest {

    @OidcWireMock
    WireMockServer provider;

    private ConsoleSession aManagerOfATeamWithGroupWork() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        for (int i = 0; i < 5; i++) {
            anOrganisation().register(officer.token);
            anActivity().with("type", "WORKSHOP").plan(officer.token);
        }
        anOrganisation().with("types", List.of("FUNDER")).register(officer.token);
        return ConsoleSession.signIn(provider, "manager-" + officer.subject, officer.teams, "programme-manager");
    }

    @Test
    void aManagerSeesTheTeamsGroupWorkWithASmallCountHidden() {
        String page = aManagerOfATeamWithGroupWork().get("/console/overview").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("<h2 id=\"h-groups\">Group support</h2>"), page);
        assertTrue(page.contains("Counts below 5 are hidden"));
        assertTrue(page.contains("<caption>Activities by type and status</caption>"), "tables have captions");
        assertTrue(page.contains("<tr><th scope=\"row\">Workshop</th><td class=\"number\">5</td>"
                + "<td class=\"number\">0</td><td class=\"number\">0</td><td class=\"number\">5</td></tr>"), page);
        String organisations = page.substring(page.indexOf("id=\"table-organisations\""),
                page.indexOf("id=\"table-activities\""));
        assertTrue(organisations.contains("<td class=\"number\">hidden</td>"), organisations);
        assertFalse(organisations.contains("<tfoot>"), "organisation-type pairs have no totals");
        assertTrue(page.contains("id=\"table-participants\""));
    }

    @Test
    void inDariTheLabelsAndTheHiddenMarkAreDari() {
        String page = aManagerOfATeamWithGroupWork().request().cookie(Language.COOKIE, "prs")
                .get("/console/overview").then().statusCode(200).extract().asString();
        assertTrue(page.contains("حمایت گروهی"), page);
        assertTrue(page.contains("<td class=\"number\">پنهان</td>"));
        assertTrue(page.contains("<td class=\"number\">۵</td>"), "Eastern Arabic-Indic digits");
    }
}
