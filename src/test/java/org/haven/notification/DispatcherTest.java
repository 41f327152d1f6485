package org.haven.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.haven.export.verify.ExportVerifier;
import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.DefenderFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.SmtpResource.InjectSmtp;
import org.haven.support.Tokens;
import org.haven.support.WebhookReceiverResource.Call;
import org.haven.support.WebhookReceiverResource.InjectWebhooks;
import org.haven.support.WebhookReceiverResource.Receiver;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The dispatcher: each delivery sent once however many dispatchers run, signed webhooks, retries. */
@QuarkusTest
class DispatcherTest {

    @InjectSmtp
    GreenMail smtp;

    @InjectWebhooks
    Receiver partner;

    @Inject
    Dispatcher dispatcher;

    private static String withEmail(String subject, String team, String role) {
        String token = Tokens.sign(Tokens.claimsInTeams(subject, List.of(team), role).claim("email",
                subject + "@desk.example.org"));
        given().auth().oauth2(token).get("/notifications").then().statusCode(200);
        return token;
    }

    @Test
    void fourDispatchersAtOnceSendEachEmailExactlyOnce() throws Exception {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        String manager = withEmail("manager-" + UUID.randomUUID(), team, Roles.PROGRAMME_MANAGER);
        String opener = withEmail("officer-" + UUID.randomUUID(), team, Roles.PROTECTION_OFFICER);
        List<String> officers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String officer = "officer-" + UUID.randomUUID();
            withEmail(officer, team, Roles.PROTECTION_OFFICER);
            String id = RequestFixtures.aRequest(DefenderFixtures.aDefender().register(opener)).open(opener);
            given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("officer", officer)).put("/requests/" + id + "/assignee").then().statusCode(200);
            officers.add(officer + "@desk.example.org");
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rounds.add(() -> {
                    int claimed = 0;
                    for (int n; (n = dispatcher.dispatch()) > 0;) {
                        claimed += n;
                    }
                    return claimed;
                });
            }
            for (Future<Integer> f : pool.invokeAll(rounds)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (String to : GreenMailUtil.getAddressList(message.getAllRecipients()).split(",")) {
                received.merge(to.trim(), 1, Integer::sum);
            }
        }
        for (String officer : officers) {
            assertEquals(1, received.getOrDefault(officer, 0), "e-mails to " + officer);
        }
        assertEquals(0, count("select count(*) from notification_delivery d join notification n on n.id = d.notification_id"
                + " join staff_member s on s.subject = n.recipient where s.teams @> array['" + team + "'] and d.status <> 'SENT'"));
    }

    @Test
    void aPartnersWebhookGetsTheEventSignedWithTheServiceKeyAndNoDefenderData() throws Exception {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        String officer = withEmail("officer-" + UUID.randomUUID(), team, Roles.PROTECTION_OFFICER);
        DefenderFixtures defender = DefenderFixtures.aDefender().with("riskLevel", "CRITICAL");
        String id = defender.register(officer);
        String reference = given().auth().oauth2(officer).get("/defenders/" + id).then().extract().path("reference");

        while (dispatcher.dispatch() > 0) {
            // drain
        }

        Call call = partner.calls().stream().filter(c -> new String(c.body(), StandardCharsets.UTF_8).contains(reference))
                .findFirst().orElseThrow(() -> new AssertionError("no webhook call for " + reference));
        String body = new String(call.body(), StandardCharsets.UTF_8);
        Map<?, ?> event = new ObjectMapper().readValue(body, Map.class);
        assertEquals("RISK_CRITICAL", event.get("kind"));
        assertTrue(((String) event.get("link")).endsWith("/console/defenders/" + id));
        for (String canary : List.of((String) defender.body().get("pseudonym"), (String) defender.body().get("legalName"),
                (String) defender.body().get("currentCity"), (String) defender.body().get("riskNotes"))) {
            assertFalse(body.contains(canary), "the webhook must not carry " + canary);
        }
        Matcher signature = Pattern.compile("signature=\"([^\"]+)\"").matcher(call.header("Haven-Signature"));
        assertTrue(signature.find(), call.header("Haven-Signature"));
        String pem = given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/audit/public-key").then().statusCode(200)
                .extract().path("publicKeyPem");
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(ExportVerifier.publicKey(pem));
        verifier.update((call.header("Haven-Timestamp") + "." + body).getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(java.util.Base64.getDecoder().decode(signature.group(1))), "a valid Ed25519 signature");
    }

    @Test
    void anUnreachableWebhookIsRetriedWithAGrowingWaitThenMarkedFailed() throws Exception {
        String officer = withEmail("officer-" + UUID.randomUUID(), "team-" + UUID.randomUUID().toString().substring(0, 8),
                Roles.PROTECTION_OFFICER);
        String id = DefenderFixtures.aDefender().with("riskLevel", "CRITICAL").register(officer);
        String reference = given().auth().oauth2(officer).get("/defenders/" + id).then().extract().path("reference");
        String delivery = "select d.attempts, d.status, d.last_error, extract(epoch from d.not_before - now())"
                + " from notification_delivery d join notification_event e on e.id = d.event_id"
                + " where e.reference = '" + reference + "' and d.target = 'unreachable'";

        while (dispatcher.dispatch() > 0) {
            // drain
        }
        Object[] first = row(delivery);
        assertEquals(1, ((Number) first[0]).intValue());
        assertEquals("PENDING", first[1]);
        assertTrue(((String) first[2]).startsWith("webhook: "), (String) first[2]);
        assertTrue(((Number) first[3]).doubleValue() > 20, "retried after about 30 s, not at once");

        assertEquals(Duration.ofSeconds(60), dispatcher.backoff(2));
        assertEquals(Duration.ofHours(1), dispatcher.backoff(30));
        for (int attempt = 2; attempt <= 8; attempt++) {
            count("update notification_delivery set not_before = now() - interval '1 second' where target = 'unreachable'"
                    + " and status = 'PENDING' and event_id = (select id from notification_event where reference = '"
                    + reference + "')");
            while (dispatcher.dispatch() > 0) {
                // drain
            }
        }
        Object[] last = row(delivery);
        assertEquals(8, ((Number) last[0]).intValue());
        assertEquals("FAILED", last[1]);
    }

    private static int count(String sql) throws Exception {
        try (Connection c = Database.asSuperuser(); PreparedStatement s = c.prepareStatement(sql)) {
            if (!sql.startsWith("select")) {
                return s.executeUpdate();
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static Object[] row(String sql) throws Exception {
        try (Connection c = Database.asSuperuser(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), "a row for " + sql);
            return new Object[] { r.getObject(1), r.getObject(2), r.getObject(3), r.getObject(4) };
        }
    }
}
