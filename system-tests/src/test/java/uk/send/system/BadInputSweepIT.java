package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import uk.send.identifiers.NhsNumber;
import uk.send.identifiers.UniquePupilNumber;
import uk.send.launcher.PlatformSettings;
import uk.send.launcher.ServiceApi;

/**
 * Generated bad input for every field of every write endpoint: each request is refused with 400
 * application/problem+json naming the field, and leaves no row and no outbox event behind. Malformed and empty
 * bodies are refused the same way; a body over the size limit is refused with 413 before it is read.
 */
class BadInputSweepIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TRIED = new AtomicInteger();
    // HTTP/1.1: a refusal before the body is read closes the connection, which an HTTP/2 upgrade reports as an error.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static PlatformSettings settings;
    private static ServiceApi api;
    private static UUID inTriage;
    private static UUID waiting;
    private static String child;

    /** A valid request spoiled in one field, and the field the refusal must name. */
    record Spoiled(String field, String description, Consumer<Map<String, Object>> spoil) {
        @Override
        public String toString() {
            return field + ": " + description;
        }
    }

    @BeforeContainer
    static void platform() throws Exception {
        settings = PlatformUnderTest.get().settings();
        api = new ServiceApi(settings);
        inTriage = referral("Sweep");
        waiting = referral("Sweep");
        api.post("triage-service", "/api/triage/referrals/" + waiting + "/accept", "clinician.salt",
                Map.of("priority", "ROUTINE")).expect(202);
        child = api.post("transition-service", "/api/children", "caseworker", validChild()).expect(201).json()
                .get("childId").asText();
    }

    @AfterContainer
    static void figures() {
        System.out.printf("Bad-input sweep: %d bad inputs tried on 9 write endpoints, each expected to be refused "
                + "with the field named and nothing stored or published (any that was not fails its property)%n",
                TRIED.get());
    }

    @Property(tries = 80)
    void aBadReferralIsRefusedNamingTheField(@ForAll("badReferrals") Spoiled bad) throws Exception {
        Map<String, Object> body = copy(ReferralRequest.forSpeechAndLanguage("Sweep", "sweep").body());
        bad.spoil().accept(body);
        refused("referral-service", "POST", "/api/referrals", "senco.oakfield", body, bad.field(), "referral",
                List.of("referral", "outbox_event"));
    }

    @Property(tries = 25)
    void aBadCarryOverIsRefusedNamingTheField(@ForAll("badCarryOvers") Spoiled bad) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("referral",
                copy(ReferralRequest.forSpeechAndLanguage("Sweep", "sweep").body()),
                "receivedAt", Instant.now().minus(Duration.ofDays(40)).toString(),
                "previousReference", "SWEEP-" + UUID.randomUUID()));
        bad.spoil().accept(body);
        refused("referral-service", "POST", "/api/referrals/migrated", "caseworker", body, bad.field(), "referral",
                List.of("referral", "outbox_event"));
    }

    @Property(tries = 10)
    void aBadWithdrawalIsRefusedNamingTheField(@ForAll("badReasons") Spoiled bad) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("reason", "The family has moved away."));
        bad.spoil().accept(body);
        refused("referral-service", "POST", "/api/referrals/" + inTriage + "/withdraw", "senco.oakfield", body,
                bad.field(), "referral", List.of("status_change", "outbox_event"));
    }

    @Property(tries = 40)
    void aBadChildIsRefusedNamingTheField(@ForAll("badChildren") Spoiled bad) throws Exception {
        Map<String, Object> body = validChild();
        bad.spoil().accept(body);
        refused("transition-service", "POST", "/api/children", "caseworker", body, bad.field(), "transition",
                List.of("child", "outbox_event"));
    }

    @Property(tries = 10)
    void aBadPlanUpdateIsRefusedNamingTheField(@ForAll("badPlans") Spoiled bad) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("healthAdvice", true));
        bad.spoil().accept(body);
        refused("transition-service", "PATCH", "/api/children/" + child + "/transitions/SECONDARY_SCHOOL/plan",
                "caseworker", body, bad.field(), "transition", List.of("transition_plan", "outbox_event"));
    }

    @Property(tries = 40)
    void aBadTriageDecisionIsRefusedNamingTheField(@ForAll("badDecisions") Decision bad) throws Exception {
        refused("triage-service", "POST", "/api/triage/referrals/" + (bad.onWaitingList() ? waiting : inTriage) + "/"
                + bad.action(), "clinician.salt", bad.body(), bad.field(), "triage",
                List.of("triage_decision", "outbox_event"));
    }

    @Property(tries = 20)
    void malformedOrEmptyBodiesAreRefused(@ForAll("endpoints") Endpoint endpoint,
            @ForAll("malformedJson") String body) throws Exception {
        refusedRaw(endpoint, body, 400, "body");
    }

    @Property(tries = 9)
    void anOversizedBodyIsRefusedBeforeItIsRead(@ForAll("endpoints") Endpoint endpoint) throws Exception {
        refusedRaw(endpoint, "{\"reason\": \"" + "x".repeat(200_000) + "\"}", 413, null);
    }

    record Endpoint(String service, String method, String path, String user) {
    }

    record Decision(String action, boolean onWaitingList, Map<String, Object> body, String field) {
    }

    @Provide
    Arbitrary<Endpoint> endpoints() {
        return Arbitraries.of(
                new Endpoint("referral-service", "POST", "/api/referrals", "senco.oakfield"),
                new Endpoint("referral-service", "POST", "/api/referrals/migrated", "caseworker"),
                new Endpoint("referral-service", "POST", "/api/referrals/" + inTriage + "/withdraw", "senco.oakfield"),
                new Endpoint("transition-service", "POST", "/api/children", "caseworker"),
                new Endpoint("transition-service", "PATCH", "/api/children/" + child
                        + "/transitions/SECONDARY_SCHOOL/plan", "caseworker"),
                new Endpoint("triage-service", "POST", "/api/triage/referrals/" + inTriage + "/accept",
                        "clinician.salt"),
                new Endpoint("triage-service", "POST", "/api/triage/referrals/" + inTriage + "/decline",
                        "clinician.salt"),
                new Endpoint("triage-service", "POST", "/api/triage/referrals/" + inTriage
                        + "/request-information", "clinician.salt"),
                new Endpoint("triage-service", "POST", "/api/triage/referrals/" + waiting + "/reprioritise",
                        "clinician.salt"));
    }

    @Provide
    Arbitrary<String> malformedJson() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "{", "{\"reason\": ", "[1, 2", "not json", "{\"priority\": URGENT}", "null"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30).map(s -> "{" + s));
    }

    @Provide
    Arbitrary<Spoiled> badReferrals() {
        return Arbitraries.oneOf(
                wrongNhsNumbers("child.nhsNumber", "child"),
                wrongUpns("child.upn", "child"),
                badDatesOfBirth("child.dateOfBirth", "child"),
                badNames("child.givenName", "child", "givenName", 100),
                badNames("child.familyName", "child", "familyName", 100),
                badNames("reason", null, "reason", 4000),
                badSchoolUrns("schoolUrn", null),
                unknownWords("service", null, "service"),
                unknownWords("familyContacts[0].preferredChannel", "contact", "preferredChannel"),
                unknownWords("familyContacts[0].accessibleFormat", "contact", "accessibleFormat"),
                wrongTypes("complexHealthNeeds", null),
                wrongTypes("safeguardingConcern", null),
                Arbitraries.integers().filter(n -> n < -1 || n > 14).map(n -> new Spoiled("child.yearGroup",
                        "year " + n, body -> child(body).put("yearGroup", n))),
                Arbitraries.of("child", "schoolUrn", "schoolContact", "service", "reason", "complexHealthNeeds",
                        "safeguardingConcern", "familyContacts", "consent").map(field -> new Spoiled(field,
                        "missing", body -> body.remove(field))),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(s -> new Spoiled(
                        "familyContacts[0].email", "not an address: " + s,
                        body -> contact(body).put("email", s))));
    }

    @Provide
    Arbitrary<Spoiled> badCarryOvers() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 3000).map(days -> new Spoiled("receivedAt", days + " days ahead",
                        body -> body.put("receivedAt", Instant.now().plus(Duration.ofDays(days)).toString()))),
                Arbitraries.integers().between(3 * 366 + 1, 20 * 365).map(days -> new Spoiled("receivedAtRecent",
                        days + " days ago", body -> body.put("receivedAt",
                                Instant.now().minus(Duration.ofDays(days)).toString()))),
                Arbitraries.of("yesterday", "2026-13-01T00:00:00Z", "31/12/2025").map(text -> new Spoiled(
                        "receivedAt", text, body -> body.put("receivedAt", text))),
                Arbitraries.integers().between(101, 400).map(n -> new Spoiled("previousReference", n + " characters",
                        body -> body.put("previousReference", "r".repeat(n)))),
                Arbitraries.of("referral", "receivedAt", "previousReference").map(field -> new Spoiled(field,
                        "missing", body -> body.remove(field))));
    }

    @Provide
    Arbitrary<Spoiled> badReasons() {
        return badNames("reason", null, "reason", 4000);
    }

    @Provide
    Arbitrary<Spoiled> badChildren() {
        return Arbitraries.oneOf(
                badNames("givenName", null, "givenName", 100),
                badNames("familyName", null, "familyName", 100),
                wrongNhsNumbers("nhsNumber", null),
                wrongUpns("upn", null),
                Arbitraries.integers().between(1, 3000).map(days -> new Spoiled("dateOfBirth", days + " days ahead",
                        body -> body.put("dateOfBirth", LocalDate.now().plusDays(days).toString()))),
                Arbitraries.integers().between(15, 100).map(n -> new Spoiled("yearGroup", "year " + n,
                        body -> body.put("yearGroup", n))),
                unknownWords("setting", null, "setting"),
                badSchoolUrns("schoolUrn", null),
                wrongTypes("ehcPlan", null),
                Arbitraries.of("givenName", "familyName", "dateOfBirth", "setting", "ehcPlan", "socialCareInvolved")
                        .map(field -> new Spoiled(field, "missing", body -> body.remove(field))));
    }

    @Provide
    Arbitrary<Spoiled> badPlans() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(201, 1000).map(n -> new Spoiled("receivingSetting",
                        n + " characters", body -> body.put("receivingSetting", "s".repeat(n)))),
                wrongTypes("healthAdvice", null),
                wrongTypes("viewsRecorded", null));
    }

    @Provide
    Arbitrary<Decision> badDecisions() {
        Arbitrary<String> unknown = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                .map(s -> s.toUpperCase() + "_X");
        Arbitrary<String> tooLong = Arbitraries.integers().between(4001, 6000).map("t"::repeat);
        return Arbitraries.oneOf(
                unknown.map(p -> new Decision("accept", false, Map.of("priority", p), "priority")),
                Arbitraries.just(new Decision("accept", false, Map.of(), "priority")),
                Arbitraries.of("", " ").map(r -> new Decision("decline", false,
                        Map.of("reason", r, "signposting", List.of("Family hub")), "reason")),
                tooLong.map(r -> new Decision("decline", false,
                        Map.of("reason", r, "signposting", List.of("Family hub")), "reason")),
                Arbitraries.just(new Decision("decline", false, Map.of("reason", "Met by school", "signposting",
                        List.of()), "signposting")),
                Arbitraries.just(new Decision("decline", false, Map.of("reason", "Met by school"), "signposting")),
                Arbitraries.of("", "  ").map(q -> new Decision("request-information", false, Map.of("question", q),
                        "question")),
                unknown.map(r -> new Decision("reprioritise", true, Map.of("priority", "URGENT",
                        "reasonCategory", r, "reason", "Worse"), "reasonCategory")),
                unknown.map(p -> new Decision("reprioritise", true, Map.of("priority", p,
                        "reasonCategory", "DETERIORATION", "reason", "Worse"), "priority")),
                Arbitraries.just(new Decision("reprioritise", true, Map.of("priority", "URGENT",
                        "reasonCategory", "DETERIORATION", "reason", ""), "reason")));
    }

    private static Arbitrary<Spoiled> wrongNhsNumbers(String field, String inside) {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(10).filter(n -> !NhsNumber.isValid(n)),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20).filter(n -> n.length() != 10),
                Arbitraries.strings().alpha().ofLength(10))
                .map(n -> new Spoiled(field, "NHS number " + n, body -> target(body, inside).put("nhsNumber", n)));
    }

    private static Arbitrary<Spoiled> wrongUpns(String field, String inside) {
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(1)
                .flatMap(letter -> Arbitraries.strings().numeric().ofLength(12).map(digits -> letter + digits))
                .filter(upn -> !UniquePupilNumber.isValid(upn))
                .map(upn -> new Spoiled(field, "UPN " + upn, body -> target(body, inside).put("upn", upn)));
    }

    private static Arbitrary<Spoiled> badDatesOfBirth(String field, String inside) {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 3000).map(days -> LocalDate.now().plusDays(days).toString()),
                Arbitraries.integers().between(25 * 366, 90 * 365).map(days -> LocalDate.now().minusDays(days)
                        .toString()),
                Arbitraries.of("31/12/2019", "2019-02-30", "yesterday", "20190101"))
                .map(date -> new Spoiled(field, "born " + date, body -> target(body, inside).put("dateOfBirth", date)));
    }

    private static Arbitrary<Spoiled> badNames(String field, String inside, String key, int longest) {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\t"),
                Arbitraries.integers().between(longest + 1, longest * 2).map("n"::repeat))
                .map(name -> new Spoiled(field, name.isBlank() ? "blank" : name.length() + " characters",
                        body -> target(body, inside).put(key, name)));
    }

    private static Arbitrary<Spoiled> badSchoolUrns(String field, String inside) {
        return Arbitraries.strings().withChars("0123456789AB").ofMinLength(1).ofMaxLength(9)
                .filter(urn -> !urn.matches("\\d{6}"))
                .map(urn -> new Spoiled(field, "URN " + urn, body -> target(body, inside).put("schoolUrn", urn)));
    }

    private static Arbitrary<Spoiled> unknownWords(String field, String inside, String key) {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(15).map(w -> w + "_NOT")
                .map(word -> new Spoiled(field, word, body -> target(body, inside).put(key, word)));
    }

    private static Arbitrary<Spoiled> wrongTypes(String field, String inside) {
        return Arbitraries.of("perhaps", "yes please", "2", "[]")
                .map(value -> new Spoiled(field, "\"" + value + "\"", body -> target(body, inside).put(field,
                        value.equals("[]") ? List.of() : value)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> target(Map<String, Object> body, String inside) {
        if (inside == null) {
            return body;
        }
        return inside.equals("contact") ? contact(body) : (Map<String, Object>) body.get(inside);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> body) {
        return (Map<String, Object>) body.get("child");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contact(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("familyContacts")).get(0);
    }

    /** A deep, mutable copy, so that each try spoils a fresh request. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>();
        body.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map) {
                copy.put(key, copy((Map<String, Object>) map));
            } else if (value instanceof List<?> list) {
                List<Object> items = new ArrayList<>();
                list.forEach(item -> items.add(item instanceof Map<?, ?> map ? copy((Map<String, Object>) map)
                        : item));
                copy.put(key, items);
            } else {
                copy.put(key, value);
            }
        });
        return copy;
    }

    private static Map<String, Object> validChild() {
        return new HashMap<>(Map.of("givenName", "Ivy", "familyName", "Marsh",
                "dateOfBirth", LocalDate.now().minusYears(10).toString(), "setting", "MAINSTREAM",
                "ehcPlan", true, "socialCareInvolved", false));
    }

    private void refused(String service, String method, String path, String user, Object body, String field,
            String database, List<String> tables) throws Exception {
        Map<String, Long> before = counts(database, tables);
        HttpResponse<String> response = send(service, method, path, user, JSON.writeValueAsString(body));
        TRIED.incrementAndGet();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        List<String> fields = new ArrayList<>();
        problem.path("violations").forEach(violation -> fields.add(violation.path("field").asText()));
        assertThat(fields).as(response.body()).contains(field);
        assertThat(counts(database, tables)).as("nothing stored, nothing published").isEqualTo(before);
    }

    private void refusedRaw(Endpoint endpoint, String body, int status, String field) throws Exception {
        HttpResponse<String> response = send(endpoint.service(), endpoint.method(), endpoint.path(), endpoint.user(),
                body);
        TRIED.incrementAndGet();
        assertThat(response.statusCode()).as(endpoint + " " + response.body()).isEqualTo(status);
        if (field != null) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).path("violations").get(0).path("field").asText())
                    .isEqualTo(field);
        }
    }

    private static HttpResponse<String> send(String service, String method, String path, String user, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + settings.servicePorts().get(service) + path))
                .header("Authorization", "Bearer " + api.tokens().forUser(user))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Long> counts(String database, List<String> tables) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(database), "send", "send")) {
            for (String table : tables) {
                try (ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    private static UUID referral(String name) {
        UUID id = UUID.fromString(api.post("referral-service", "/api/referrals", "senco.oakfield",
                ReferralRequest.forSpeechAndLanguage(name, "sweep").body()).expect(201).json().get("id").asText());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!"IN_TRIAGE".equals(api.get("referral-service", "/api/referrals/" + id, "caseworker").json()
                .path("status").asText())) {
            assertThat(Instant.now()).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return id;
    }
}
