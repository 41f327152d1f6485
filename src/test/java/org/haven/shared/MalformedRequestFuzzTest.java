package org.haven.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.haven.shared.security.Roles;
import org.haven.support.ActivityFixtures;
import org.haven.support.ApiContract;
import org.haven.support.DefenderFixtures;
import org.haven.support.GrantFixtures;
import org.haven.support.OrganisationFixtures;
import org.haven.support.MalformedRequests;
import org.haven.support.MalformedRequests.Expect;
import org.haven.support.MalformedRequests.Part;
import org.haven.support.MalformedRequests.ValidCall;
import org.haven.support.MalformedRequests.Variant;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input gets a clear 4xx, never a 5xx: hundreds of malformed variants of every operation that takes
 * input, generated from docs/openapi.yaml by {@link MalformedRequests} (wrong types, nulls, blanks, huge
 * and out-of-range numbers, over-long strings, duplicate keys, bad UUIDs, dates and times, bodies that
 * are not JSON objects, wrong media types, bad query values and headers), each sent with a real token of
 * a role the document allows and, for paths with an id, against a real record, so that it reaches
 * validation. Every answer must be below 500; every 4xx must be problem+json whose {@code status} is the
 * HTTP status and which has a {@code code}; a variant that breaks the published schema must be refused.
 * All wrong answers are reported together, in the failure message and in target/malformed-requests.txt;
 * target/malformed-requests-answers.txt lists every variant with the status it got.
 */
@QuarkusTest
class MalformedRequestFuzzTest {

    private static final ApiContract CONTRACT = ApiContract.load(Path.of("docs", "openapi.yaml"));
    private static final int AT_LEAST = 200;
    private static final int SNIPPET = 160;

    /** Where the first role the document lists cannot reach validation of the body, the role used instead. */
    private static final Map<String, String> ROLE_INSTEAD = Map.of(
            // "Managers assign anyone; officers take unassigned cases": the valid body names another officer
            "PUT /requests/{id}/assignee", Roles.PROGRAMME_MANAGER);

    /** Answers that show a body variant was stopped before the body was read: the table, not the API, is wrong. */
    private static final Set<Integer> NOT_REACHED = Set.of(401, 403, 404, 428);

    private static final RestAssuredConfig AS_GIVEN = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private final MalformedRequests generator = new MalformedRequests(CONTRACT);
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, String> readOnly = new HashMap<>();

    /** The record a call's path names (null without {id}) and the valid call its variants depart from. */
    private record Target(String id, ValidCall call) {
    }

    /** One wrong answer: why, to what, and what came back. */
    private record Failure(String cause, Variant variant, int status, String body) {
        @Override
        public String toString() {
            return "  " + variant.operation() + " | " + variant.description() + " | " + status + " | " + body;
        }
    }

    @Test
    void everyOperationThatTakesInputIsFuzzed() {
        assertEquals(generator.operationsWithInput(), new TreeSet<>(targets().keySet()),
                "operations of docs/openapi.yaml with parameters or a body, and the operations this test fuzzes");
    }

    @Test
    void noMalformedRequestGetsA5xxAndEveryRefusalIsAProblem() throws IOException {
        List<Failure> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        List<String> answers = new ArrayList<>();
        for (Map.Entry<String, Supplier<Target>> entry : targets().entrySet()) {
            String operation = entry.getKey();
            Target target = entry.getValue().get();
            if (target.call().body() != null) {
                assertEquals(List.of(), CONTRACT.requestViolations(operation, json.writeValueAsString(target.call().body())),
                        operation + ": the valid body of this test no longer matches docs/openapi.yaml");
            }
            String token = token(role(operation));
            boolean changesItsRecord = operation.contains("{id}") && !operation.startsWith("GET ");
            String id = target.id();
            String etagPath = generator.needsIfMatch(operation) ? recordPath(operation, id) : null;
            String etag = etagPath == null ? null : etag(token, etagPath);
            for (Variant variant : generator.of(operation, target.call())) {
                Response response = send(variant, id, token, etag);
                sent++;
                statuses.merge(response.statusCode(), 1, Integer::sum);
                answers.add(response.statusCode() + " | " + variant.expect() + " | " + variant);
                String cause = wrongAnswer(variant, response);
                if (cause != null) {
                    failures.add(new Failure(cause, variant, response.statusCode(), snippet(response.asString())));
                }
                if (changesItsRecord && response.statusCode() < 300) {
                    // the record may have moved on (archived, decided, done): the next variant gets a fresh one
                    id = entry.getValue().get().id();
                    etagPath = etagPath == null ? null : recordPath(operation, id);
                    etag = etagPath == null ? null : etag(token, etagPath);
                }
            }
        }
        String report = report(sent, statuses, failures);
        Files.writeString(Path.of("target", "malformed-requests.txt"), report);
        Files.write(Path.of("target", "malformed-requests-answers.txt"), answers);
        int total = sent;
        assertAll(
                () -> assertTrue(total >= AT_LEAST, "only " + total + " malformed variants were generated; expected at least "
                        + AT_LEAST),
                () -> {
                    if (!failures.isEmpty()) {
                        fail(report);
                    }
                });
    }

    // ---- the table: a real record and a valid call for every operation that takes input -----------

    private Map<String, Supplier<Target>> targets() {
        Map<String, Supplier<Target>> t = new LinkedHashMap<>();
        t.put("POST /defenders", () -> body(null, registration()));
        t.put("GET /defenders", () -> nothing(null));
        t.put("GET /defenders/{id}", () -> nothing(shared("defender", this::defender)));
        t.put("PUT /defenders/{id}", () -> body(defender(), profile()));
        t.put("POST /defenders/{id}/archive", () -> body(defender(), reason()));
        t.put("POST /defenders/{id}/erasure", () -> body(defender(), reason()));
        t.put("GET /defenders/{id}/history", () -> nothing(shared("defender", this::defender)));
        t.put("GET /defenders/{id}/sensitive", () -> reasonGiven(shared("defender", this::defender)));
        t.put("PUT /defenders/{id}/sensitive", () -> body(defender(), sensitiveDetails()));

        t.put("POST /requests", () -> body(null, openRequest(shared("defender", this::defender))));
        t.put("GET /requests", () -> nothing(null));
        t.put("GET /requests/{id}", () -> nothing(shared("request", this::request)));
        t.put("PUT /requests/{id}", () -> body(request(), requestDetails()));
        t.put("PUT /requests/{id}/assessment", () -> body(requestInAssessment(), assessment()));
        t.put("PUT /requests/{id}/assignee", () -> body(request(), "{\"officer\":\"officer-fuzz\"}"));
        t.put("GET /requests/{id}/history", () -> nothing(shared("request", this::request)));
        t.put("GET /requests/{id}/history/export", () -> nothing(shared("request", this::request)));
        t.put("PUT /requests/{id}/narrative", () -> body(request(), "{\"narrative\":\"Synthetic narrative, rewritten\"}"));
        t.put("GET /requests/{id}/sensitive", () -> reasonGiven(shared("request", this::request)));
        t.put("POST /requests/{id}/transitions", () -> body(request(),
                "{\"target\":\"IN_ASSESSMENT\",\"reason\":\"Synthetic: documents received\"}"));

        t.put("GET /funds", () -> nothing(null));
        t.put("POST /funds", () -> body(null, fund(false)));
        t.put("GET /funds/{id}", () -> nothing(shared("fund", this::fund)));
        t.put("PUT /funds/{id}", () -> body(fund(), fund(true)));

        t.put("GET /grants", () -> nothing(null));
        t.put("POST /grants", () -> body(null, proposal(GrantFixtures.aRequestReadyForAGrant(null), fund())));
        t.put("GET /grants/{id}", () -> nothing(shared("grant", this::proposedGrant)));
        t.put("POST /grants/{id}/decisions", () -> body(proposedGrant(), decision()));
        t.put("POST /grants/{id}/withdrawal", () -> body(proposedGrant(), reason()));
        t.put("POST /grants/{id}/cancellation", () -> body(approvedGrant(), reason()));
        t.put("POST /grants/{id}/disbursements", () -> body(approvedGrant(), disbursement()));
        t.put("POST /grants/{id}/closure", () -> nothing(shared("grant", this::proposedGrant)));

        t.put("POST /follow-ups", () -> body(null, followUp(shared("request", this::request))));
        t.put("GET /follow-ups", () -> nothing(null));
        t.put("GET /follow-ups/overdue", () -> nothing(null));
        t.put("GET /follow-ups/{id}", () -> nothing(shared("follow-up", this::plannedFollowUp)));
        t.put("POST /follow-ups/{id}/cancellation", () -> body(plannedFollowUp(), reason()));
        t.put("POST /follow-ups/{id}/outcome", () -> body(plannedFollowUp(), outcome()));
        t.put("GET /follow-ups/{id}/sensitive", () -> reasonGiven(shared("follow-up", this::plannedFollowUp)));

        t.put("GET /defenders/{id}/legal-events", () -> nothing(shared("defender", this::defender)));
        t.put("POST /defenders/{id}/legal-events", () -> body(defender(), legalEvent()));
        t.put("GET /legal-events/{id}/note", () -> reasonGiven(shared("legal-event", this::legalEventOf)));
        t.put("POST /legal-events/{id}/retraction", () -> body(legalEventOf(), reason()));
        t.put("GET /legal/forced-return", () -> new Target(null, ValidCall.withQuery(Map.of("horizon-days", "30"))));
        t.put("GET /reports/advocacy", () -> new Target(null, ValidCall.withQuery(Map.of("from", "2026-Q1",
                "to", "2026-Q2", "population", "DECIDED", "rows", "GENDER", "columns", "OUTCOME"))));

        t.put("GET /audit", () -> nothing(null));
        t.put("GET /audit/checkpoint/verify", () -> new Target(null, ValidCall.withQuery(checkpoint())));
        t.put("GET /stats", () -> nothing(null));
        t.put("GET /notifications", () -> nothing(null));
        // Nobody's notification: the well-formed call is a 404 problem, the malformed ones must be too.
        t.put("POST /notifications/{id}/read", () -> nothing(java.util.UUID.randomUUID().toString()));
        t.put("PUT /notifications/preferences", () -> body(null, "{\"emailEnabled\":true,\"timeZone\":\"Asia/Kabul\","
                + "\"quietFrom\":\"22:00\",\"quietUntil\":\"07:00\",\"digestHour\":8}"));
        t.put("GET /exports/case-histories", () -> nothing(null));
        t.put("GET /exports/organisation-histories", () -> new Target(null, ValidCall.withQuery(Map.of(
                "status", "ACTIVE", "vettingStatus", "NOT_VETTED"))));
        t.put("GET /exports/activity-histories", () -> new Target(null, ValidCall.withQuery(Map.of(
                "from", "2026-01-01", "to", "2026-12-31", "status", "PLANNED", "type", "WORKSHOP"))));

        t.put("POST /organisations", () -> body(null, organisation(true)));
        t.put("GET /organisations", () -> nothing(null));
        t.put("GET /organisations/{id}", () -> nothing(shared("organisation", this::organisation)));
        t.put("PUT /organisations/{id}", () -> body(organisation(), organisation(false)));
        t.put("POST /organisations/{id}/vetting", () -> body(organisation(),
                "{\"status\":\"VETTED\",\"vettedOn\":\"" + today().minusDays(1) + "\",\"reason\":\"Synthetic: checked\"}"));
        t.put("POST /organisations/{id}/archive", () -> body(organisation(), reason()));
        t.put("GET /organisations/{id}/history", () -> nothing(shared("organisation", this::organisation)));
        t.put("GET /organisations/{id}/sensitive", () -> reasonGiven(shared("organisation", this::organisation)));
        t.put("PUT /organisations/{id}/sensitive", () -> body(organisation(),
                "{\"contacts\":[{\"channel\":\"EMAIL\",\"value\":\"fuzz@example.org\"}]}"));
        t.put("GET /organisations/{id}/members", () -> nothing(shared("organisation", this::organisation)));
        t.put("POST /organisations/{id}/members", () -> body(organisation(),
                "{\"defenderId\":\"" + defender() + "\",\"role\":\"MEMBER\"}"));
        t.put("POST /organisations/{id}/members/removal", () -> {
            String organisation = organisation();
            String defender = defender();
            OrganisationFixtures.link(token(Roles.PROTECTION_OFFICER), organisation, defender, "MEMBER");
            return body(organisation, "{\"defenderId\":\"" + defender + "\",\"reason\":\"Synthetic: fuzz test\"}");
        });

        t.put("POST /activities", () -> body(null, activity(true)));
        t.put("GET /activities", () -> nothing(null));
        t.put("GET /activities/{id}", () -> nothing(shared("activity", this::activity)));
        t.put("PUT /activities/{id}", () -> body(activity(), activity(false)));
        t.put("POST /activities/{id}/transitions", () -> body(activity(),
                "{\"target\":\"CANCELLED\",\"reason\":\"Synthetic: fuzz test\"}"));
        t.put("POST /activities/{id}/outputs", () -> {
            String activity = activity();
            ActivityFixtures.held(token(Roles.PROTECTION_OFFICER), activity, "\"0\"");
            return body(activity, "{\"kind\":\"ACTION_PLAN\",\"title\":\"Synthetic action plan\"}");
        });
        t.put("GET /activities/{id}/history", () -> nothing(shared("activity", this::activity)));
        t.put("GET /activities/{id}/sensitive", () -> reasonGiven(shared("activity", this::activity)));
        t.put("PUT /activities/{id}/sensitive", () -> body(activity(), "{\"location\":\"Synthetic venue\"}"));
        t.put("GET /activities/{id}/participants", () -> nothing(shared("activity", this::activity)));
        t.put("POST /activities/{id}/participants", () -> body(activity(),
                "{\"defenderId\":\"" + defender() + "\",\"consentToBeListed\":true}"));
        t.put("POST /activities/{id}/participants/removal", () -> {
            String activity = activity();
            String defender = defender();
            ActivityFixtures.addParticipant(token(Roles.PROTECTION_OFFICER), activity, defender, true);
            return body(activity, "{\"defenderId\":\"" + defender + "\",\"reason\":\"Synthetic: fuzz test\"}");
        });
        return t;
    }

    private Target body(String id, String body) {
        return new Target(id, ValidCall.withBody(json.readTree(body)));
    }

    private static Target nothing(String id) {
        return new Target(id, ValidCall.none());
    }

    private static Target reasonGiven(String id) {
        return new Target(id, ValidCall.withQuery(Map.of("reason", "Synthetic: fuzz test")));
    }

    // ---- valid bodies: every property the document publishes, with synthetic values ---------------

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String registration() {
        return """
                {"pseudonym":"Fuzz-%1$s","legalName":"Synthetic Person %1$s","otherNames":["Alias %1$s"],
                 "gender":"WOMAN","birthYear":1988,"nationality":"AF","countryOfOrigin":"AF","currentCountry":"PK",
                 "currentCity":"Synthcity","inExileSince":"2021-09-01","legalStatus":"ASYLUM_SEEKER",
                 "areasOfWork":["WOMENS_RIGHTS","EDUCATION"],"organisation":"Example Women's Network",
                 "contacts":[{"channel":"SIGNAL","value":"+00-555-%1$s"}],"riskLevel":"HIGH",
                 "riskNotes":"Synthetic threat notes","consent":{"givenAt":"2024-01-10T09:00:00Z",
                 "scope":["CASE_MANAGEMENT"]},"team":"%2$s"}
                """.formatted(tag(), Tokens.DEFAULT_TEAM);
    }

    private static String profile() {
        return """
                {"pseudonym":"Fuzz-%s","gender":"WOMAN","birthYear":1988,"nationality":"AF","countryOfOrigin":"AF",
                 "currentCountry":"PK","inExileSince":"2021-09-01","legalStatus":"REFUGEE",
                 "areasOfWork":["WOMENS_RIGHTS","EDUCATION"],"organisation":"Example Women's Network",
                 "riskLevel":"HIGH","consent":{"givenAt":"2024-01-10T09:00:00Z","scope":["CASE_MANAGEMENT"]}}
                """.formatted(tag());
    }

    private static String sensitiveDetails() {
        return """
                {"legalName":"Synthetic Person","otherNames":["Alias One"],"currentCity":"Synthcity",
                 "contacts":[{"channel":"EMAIL","value":"fuzz@example.org"}],"riskNotes":"Synthetic notes"}
                """;
    }

    private static String reason() {
        return "{\"reason\":\"Synthetic: fuzz test\"}";
    }

    private static String openRequest(String defenderId) {
        return """
                {"defenderId":"%s","assistanceTypes":["LEGAL"],"urgency":"URGENT",
                 "summary":"Legal aid for an asylum appeal","narrative":"Synthetic narrative of threats.",
                 "requestedAmount":{"amount":2500.00,"currency":"EUR"},"intakeChannel":"SIGNAL",
                 "referringPartner":"Example Partner Network"}
                """.formatted(defenderId);
    }

    private static String requestDetails() {
        return """
                {"assistanceTypes":["LEGAL"],"urgency":"URGENT","summary":"Legal aid for an asylum appeal",
                 "requestedAmount":{"amount":2500.00,"currency":"EUR"},"intakeChannel":"SIGNAL",
                 "referringPartner":"Example Partner Network"}
                """;
    }

    private static String assessment() {
        return """
                {"identity":{"result":"MET","note":"Verified by partner organisation"},
                 "situation":{"result":"MET","note":"Threats documented"},
                 "need":{"result":"MET","note":"No other source of support"},
                 "riskAssessment":"Synthetic risk assessment: high, credible threats",
                 "relocation":{"hostCountry":"DE","hostOrganisation":"Example Shelter","plannedDurationMonths":6,
                 "familyMembersIncluded":1}}
                """;
    }

    private static String fund(boolean withStatus) {
        return """
                {"name":"Fuzz Fund %s","donor":"Example Donor","totalBudget":{"amount":50000,"currency":"EUR"},
                 "periodStart":"2020-01-01","periodEnd":"2099-12-31"%s}
                """.formatted(tag(), withStatus ? ",\"status\":\"ACTIVE\"" : "");
    }

    private static String proposal(String requestId, String fundId) {
        return """
                {"requestId":"%s","fundId":"%s","amount":{"amount":1000,"currency":"EUR"},
                 "purpose":"Legal fees for an asylum appeal",
                 "plannedTranches":[{"amount":{"amount":1000,"currency":"EUR"},"plannedOn":"%s"}],
                 "trancheGated":false}
                """.formatted(requestId, fundId, today().plusDays(7));
    }

    private static String decision() {
        return """
                {"decision":"APPROVE","comment":"Meets all criteria",
                 "dueDiligence":{"sanctionsScreened":true,"fundedElsewhere":false,"note":"Screened against EU list"}}
                """;
    }

    private static String disbursement() {
        return """
                {"amount":{"amount":100,"currency":"EUR"},"paidOn":"%s","method":"BANK_TRANSFER","reference":"TRX-%s"}
                """.formatted(today().minusDays(1), tag());
    }

    private static String followUp(String requestId) {
        return """
                {"requestId":"%s","type":"CHECK_IN","dueOn":"%s","assignedOfficer":"officer-fuzz"}
                """.formatted(requestId, today().plusDays(30));
    }

    private static String outcome() {
        return """
                {"completedAt":"%s","outcome":"SAFE","notes":"Synthetic: money arrived, used as agreed",
                 "newRiskLevel":"HIGH","nextFollowUp":{"type":"CHECK_IN","dueOn":"%s"}}
                """.formatted(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                today().plusDays(30));
    }

    private static String legalEvent() {
        return """
                {"kind":"APPEAL_DEADLINE","occurredOn":"%s","hostCountry":"PK","note":"Synthetic: lawyer booked"}
                """.formatted(today().plusDays(90));
    }

    // ---- real records, through the API ----------------------------------------------------------------

    private String shared(String kind, Supplier<String> create) {
        // not computeIfAbsent: creating one record may create another (a request needs a defender)
        String id = readOnly.get(kind);
        if (id == null) {
            id = create.get();
            readOnly.put(kind, id);
        }
        return id;
    }

    private String defender() {
        return DefenderFixtures.aDefender().register(token(Roles.PROTECTION_OFFICER));
    }

    private String request() {
        return RequestFixtures.aRequest(shared("defender", this::defender)).open(token(Roles.PROTECTION_OFFICER));
    }

    private String requestInAssessment() {
        String id = request();
        RequestFixtures.transition(token(Roles.PROTECTION_OFFICER), id, "IN_ASSESSMENT", null);
        return id;
    }

    private String legalEventOf() {
        return given().auth().oauth2(token(Roles.PROTECTION_OFFICER)).contentType(ContentType.JSON).body(legalEvent())
                .post("/defenders/" + defender() + "/legal-events").then().statusCode(201).extract().path("id");
    }

    private String fund() {
        return GrantFixtures.aFund(50000, "EUR");
    }

    private String organisation() {
        return OrganisationFixtures.anOrganisation().register(token(Roles.PROTECTION_OFFICER));
    }

    private String activity() {
        return ActivityFixtures.anActivity().plan(token(Roles.PROTECTION_OFFICER));
    }

    private static String activity(boolean withPlanningFields) {
        return """
                {"type":"WORKSHOP","title":"Fuzz workshop %1$s","startsOn":"%2$s","endsOn":"%3$s",
                 "partnerOrganisationIds":[]%4$s}
                """.formatted(tag(), today().minusDays(2), today().minusDays(1), withPlanningFields
                        ? ",\"location\":\"Synthetic venue\",\"team\":\"" + Tokens.DEFAULT_TEAM + "\""
                        : "");
    }

    private static String organisation(boolean withContacts) {
        return """
                {"name":"Fuzz Network %1$s","types":["PARTNER","HOST"],"country":"CH","publicKey":"synthetic-public-key-%1$s"%2$s}
                """.formatted(tag(), withContacts
                        ? ",\"contacts\":[{\"channel\":\"SIGNAL\",\"value\":\"+00-555-fuzz\"}],\"team\":\""
                                + Tokens.DEFAULT_TEAM + "\""
                        : "");
    }

    private String proposedGrant() {
        return GrantFixtures.aProposedGrant(fund(), 1000);
    }

    private String approvedGrant() {
        return GrantFixtures.anApprovedGrant(fund(), 1000);
    }

    private String plannedFollowUp() {
        return given().auth().oauth2(token(Roles.PROTECTION_OFFICER)).contentType(ContentType.JSON)
                .body(followUp(request())).post("/follow-ups").then().statusCode(201).extract().path("id");
    }

    private Map<String, String> checkpoint() {
        Response checkpoint = given().auth().oauth2(token(Roles.AUDITOR)).get("/audit/checkpoint");
        checkpoint.then().statusCode(200);
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : List.of("seq", "headHash", "signedAt", "keyId", "signature")) {
            query.put(name, String.valueOf(checkpoint.<Object>path(name)));
        }
        return query;
    }

    // ---- sending and judging --------------------------------------------------------------------------

    /** The role a call is made with: the first the document allows, unless {@link #ROLE_INSTEAD} says otherwise. */
    private String role(String operation) {
        List<String> allowed = generator.roles(operation);
        assertTrue(!allowed.isEmpty(), operation + " names no role in docs/openapi.yaml");
        return ROLE_INSTEAD.getOrDefault(operation, allowed.get(0));
    }

    private String token(String role) {
        return tokens.computeIfAbsent(role, Tokens::of);
    }

    /** The path of the record whose version an operation's If-Match names: "/requests/{id}/narrative" -> "/requests/42". */
    private static String recordPath(String operation, String id) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        return path.substring(0, path.indexOf("{id}")) + id;
    }

    private static String etag(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Response send(Variant variant, String realId, String token, String etag) {
        RequestSpecification request = given().config(AS_GIVEN).auth().oauth2(token);
        variant.query().forEach(request::queryParam);
        variant.headers().forEach((name, value) -> {
            if (value != null) {
                String version = etag == null ? "" : etag.replace("\"", "");
                request.header(name, value.replace(MalformedRequests.VERSION, version)
                        .replace(MalformedRequests.FRESH_KEY, UUID.randomUUID().toString()));
            }
        });
        if (variant.body() != null) {
            request.contentType(variant.contentType());
            // REST-assured encodes forms itself and takes them only as text
            if (variant.contentType().startsWith("application/x-www-form-urlencoded")) {
                request.body(new String(variant.body(), StandardCharsets.UTF_8));
            } else {
                request.body(variant.body());
            }
        }
        return request.request(variant.method(), variant.path(realId));
    }

    /** Why the answer is wrong, or null when it is right. */
    private String wrongAnswer(Variant variant, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "5xx: the server broke on malformed input";
        }
        if (status < 400) {
            return variant.expect() == Expect.REFUSE
                    ? "accepted: answered " + status + " to input that docs/openapi.yaml or docs/api.md refuses"
                    : null;
        }
        String contentType = response.contentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "4xx without application/problem+json (Content-Type: " + contentType + ")";
        }
        JsonNode problem;
        try {
            problem = json.readTree(response.asString());
        } catch (RuntimeException notJson) {
            return "4xx problem+json whose body is not JSON";
        }
        if (!problem.path("status").isInt() || problem.path("status").asInt() != status) {
            return "4xx problem whose status is not the HTTP status";
        }
        if (!problem.path("code").isString() || problem.path("code").asString().isBlank()) {
            return "4xx problem without a code";
        }
        String text = response.asString();
        if (text.contains("Exception") || text.contains("org.haven.") || text.contains("\tat ")) {
            return "4xx problem that shows internals (class names or a stack trace)";
        }
        if (variant.part() == Part.BODY && variant.expect() == Expect.REFUSE && NOT_REACHED.contains(status)) {
            return "not reached: a body variant was stopped with " + status + " before its body was read (fix the table)";
        }
        return null;
    }

    private static String snippet(String body) {
        if (body.isEmpty()) {
            return "(empty body)";
        }
        String line = body.replace("\n", "\\n").replace("\r", "\\r");
        return line.length() <= SNIPPET ? line : line.substring(0, SNIPPET) + "…";
    }

    private static String report(int sent, Map<Integer, Integer> statuses, List<Failure> failures) {
        StringBuilder report = new StringBuilder();
        report.append(sent).append(" malformed variants sent; answers by status: ").append(statuses).append('\n');
        if (failures.isEmpty()) {
            return report.append("every answer was below 500, and every 4xx a problem+json with its status and a code")
                    .toString();
        }
        report.append(failures.size()).append(" answered wrongly (operation | variant | status | body):\n");
        Map<String, List<Failure>> byCause = failures.stream()
                .collect(Collectors.groupingBy(Failure::cause, TreeMap::new, Collectors.toList()));
        byCause.forEach((cause, list) -> {
            report.append(cause).append(" (").append(list.size()).append("):\n");
            list.stream().sorted(Comparator.comparing((Failure f) -> f.variant().operation()))
                    .forEach(f -> report.append(f).append('\n'));
        });
        return report.toString();
    }
}
