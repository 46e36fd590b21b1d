package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.send.identifiers.NhsNumber;
import uk.send.identifiers.UniquePupilNumber;
import uk.send.launcher.DemoData;
import uk.send.launcher.PlatformSettings;
import uk.send.launcher.ServiceApi;

/**
 * Generated bad input for every field of every write endpoint: each request is refused with 400
 * application/problem+json naming the field, and leaves no row and no outbox event behind. Malformed and empty
 * bodies are refused the same way; a body announced over the size limit is refused with 413 before it is sent. The inputs are
 * drawn from {@link SeededInputs}: the same seed, the same inputs, each named in the test's display name.
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

    @BeforeAll
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

    @AfterAll
    static void figures() {
        System.out.printf("Bad-input sweep: %d bad inputs (seed %d) tried on 10 write endpoints, each expected to be "
                + "refused with the field named and nothing stored or published (any that was not fails its test)%n",
                TRIED.get(), SeededInputs.SEED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReferrals")
    void aBadReferralIsRefusedNamingTheField(Spoiled bad) throws Exception {
        Map<String, Object> body = copy(ReferralRequest.forSpeechAndLanguage("Sweep", "sweep").body());
        bad.spoil().accept(body);
        refused("referral-service", "POST", "/api/referrals", "senco.oakfield", body, bad.field(), "referral",
                List.of("referral", "outbox_event"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCarryOvers")
    void aBadCarryOverIsRefusedNamingTheField(Spoiled bad) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("referral",
                copy(ReferralRequest.forSpeechAndLanguage("Sweep", "sweep").body()),
                "receivedAt", Instant.now().minus(Duration.ofDays(40)).toString(),
                "previousReference", "SWEEP-" + UUID.randomUUID()));
        bad.spoil().accept(body);
        refused("referral-service", "POST", "/api/referrals/migrated", "caseworker", body, bad.field(), "referral",
                List.of("referral", "outbox_event"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReasons")
    void aBadWithdrawalIsRefusedNamingTheField(Spoiled bad) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("reason", "The family has moved away."));
        bad.spoil().accept(body);
        refused("referral-service", "POST", "/api/referrals/" + inTriage + "/withdraw", "senco.oakfield", body,
                bad.field(), "referral", List.of("status_change", "outbox_event"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badChildren")
    void aBadChildIsRefusedNamingTheField(Spoiled bad) throws Exception {
        Map<String, Object> body = validChild();
        bad.spoil().accept(body);
        refused("transition-service", "POST", "/api/children", "caseworker", body, bad.field(), "transition",
                List.of("child", "outbox_event"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void aBadPlanUpdateIsRefusedNamingTheField(Spoiled bad) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("healthAdvice", true));
        bad.spoil().accept(body);
        refused("transition-service", "PATCH", "/api/children/" + child + "/transitions/SECONDARY_SCHOOL/plan",
                "caseworker", body, bad.field(), "transition", List.of("transition_plan", "outbox_event"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAssessmentRequests")
    void aBadRequestForAnEhcNeedsAssessmentIsRefusedNamingTheField(Spoiled bad) throws Exception {
        Map<String, Object> body = validAssessmentRequest();
        bad.spoil().accept(body);
        refused("transition-service", "POST", "/api/ehc/assessment-requests", "senco.oakfield", body, bad.field(),
                "transition", List.of("child", "ehc_assessment", "outbox_event"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDecisions")
    void aBadTriageDecisionIsRefusedNamingTheField(Decision bad) throws Exception {
        refused("triage-service", "POST", "/api/triage/referrals/" + (bad.onWaitingList() ? waiting : inTriage) + "/"
                + bad.action(), "clinician.salt", bad.body(), bad.field(), "triage",
                List.of("triage_decision", "outbox_event"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("malformedBodies")
    void malformedOrEmptyBodiesAreRefused(Endpoint endpoint, String body) throws Exception {
        refusedRaw(endpoint, body, 400, "body");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anOversizedBodyIsRefusedBeforeItIsRead(Endpoint endpoint) throws Exception {
        assertThat(statusForAnnouncedBody(endpoint, 200_000)).as(endpoint.toString()).isEqualTo(413);
        TRIED.incrementAndGet();
    }

    /** A write endpoint; {@code {inTriage}}, {@code {waiting}} and {@code {child}} in its path are filled in. */
    record Endpoint(String service, String method, String pathTemplate, String user) {
        String path() {
            return pathTemplate.replace("{inTriage}", String.valueOf(inTriage))
                    .replace("{waiting}", String.valueOf(waiting)).replace("{child}", String.valueOf(child));
        }

        @Override
        public String toString() {
            return method + " " + pathTemplate;
        }
    }

    record Decision(String action, boolean onWaitingList, Map<String, Object> body, String field) {
        @Override
        public String toString() {
            return action + " " + field + ": " + body.toString().substring(0, Math.min(60, body.toString().length()));
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("referral-service", "POST", "/api/referrals", "senco.oakfield"),
                new Endpoint("referral-service", "POST", "/api/referrals/migrated", "caseworker"),
                new Endpoint("referral-service", "POST", "/api/referrals/{inTriage}/withdraw", "senco.oakfield"),
                new Endpoint("transition-service", "POST", "/api/children", "caseworker"),
                new Endpoint("transition-service", "POST", "/api/ehc/assessment-requests", "senco.oakfield"),
                new Endpoint("transition-service", "PATCH", "/api/children/{child}/transitions/SECONDARY_SCHOOL/plan",
                        "caseworker"),
                new Endpoint("triage-service", "POST", "/api/triage/referrals/{inTriage}/accept", "clinician.salt"),
                new Endpoint("triage-service", "POST", "/api/triage/referrals/{inTriage}/decline", "clinician.salt"),
                new Endpoint("triage-service", "POST", "/api/triage/referrals/{inTriage}/request-information",
                        "clinician.salt"),
                new Endpoint("triage-service", "POST", "/api/triage/referrals/{waiting}/reprioritise",
                        "clinician.salt"));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> malformedBodies() {
        SeededInputs in = new SeededInputs(7);
        List<Endpoint> all = endpoints().toList();
        return in.draw(20, () -> in.oneOf("", "{", "{\"reason\": ", "[1, 2", "not json", "{\"priority\": URGENT}",
                        "null"), () -> "{" + in.letters(1, 30))
                .map(body -> org.junit.jupiter.params.provider.Arguments.of(all.get(in.between(0, all.size() - 1)),
                        body));
    }

    static Stream<Spoiled> badReferrals() {
        SeededInputs in = new SeededInputs(1);
        return in.draw(80,
                () -> wrongNhsNumber(in, "child.nhsNumber", "child"),
                () -> wrongUpn(in, "child.upn", "child"),
                () -> badDateOfBirth(in, "child.dateOfBirth", "child"),
                () -> badName(in, "child.givenName", "child", "givenName", 100),
                () -> badName(in, "child.familyName", "child", "familyName", 100),
                () -> badName(in, "reason", null, "reason", 4000),
                () -> badSchoolUrn(in, "schoolUrn", null),
                () -> unknownWord(in, "service", null, "service"),
                () -> unknownWord(in, "familyContacts[0].preferredChannel", "contact", "preferredChannel"),
                () -> unknownWord(in, "familyContacts[0].accessibleFormat", "contact", "accessibleFormat"),
                () -> wrongType(in, "complexHealthNeeds", null),
                () -> wrongType(in, "safeguardingConcern", null),
                () -> {
                    int year = in.oneOf(true, false) ? in.between(-1000, -2) : in.between(15, 1000);
                    return new Spoiled("child.yearGroup", "year " + year, body -> child(body).put("yearGroup", year));
                },
                () -> missing(in, "child", "schoolUrn", "schoolContact", "service", "reason", "complexHealthNeeds",
                        "safeguardingConcern", "familyContacts", "consent"),
                () -> {
                    String address = in.letters(1, 20);
                    return new Spoiled("familyContacts[0].email", "not an address: " + address,
                            body -> contact(body).put("email", address));
                });
    }

    static Stream<Spoiled> badCarryOvers() {
        SeededInputs in = new SeededInputs(2);
        return in.draw(25,
                () -> {
                    int days = in.between(1, 3000);
                    return new Spoiled("receivedAt", days + " days ahead",
                            body -> body.put("receivedAt", Instant.now().plus(Duration.ofDays(days)).toString()));
                },
                () -> {
                    int days = in.between(3 * 366 + 1, 20 * 365);
                    return new Spoiled("receivedAtRecent", days + " days ago", body -> body.put("receivedAt",
                            Instant.now().minus(Duration.ofDays(days)).toString()));
                },
                () -> {
                    String text = in.oneOf("yesterday", "2026-13-01T00:00:00Z", "31/12/2025");
                    return new Spoiled("receivedAt", text, body -> body.put("receivedAt", text));
                },
                () -> {
                    int length = in.between(101, 400);
                    return new Spoiled("previousReference", length + " characters",
                            body -> body.put("previousReference", "r".repeat(length)));
                },
                () -> missing(in, "referral", "receivedAt", "previousReference"));
    }

    static Stream<Spoiled> badReasons() {
        SeededInputs in = new SeededInputs(3);
        return in.draw(10, () -> badName(in, "reason", null, "reason", 4000));
    }

    static Stream<Spoiled> badChildren() {
        SeededInputs in = new SeededInputs(4);
        return in.draw(40,
                () -> badName(in, "givenName", null, "givenName", 100),
                () -> badName(in, "familyName", null, "familyName", 100),
                () -> wrongNhsNumber(in, "nhsNumber", null),
                () -> wrongUpn(in, "upn", null),
                () -> {
                    int days = in.between(1, 3000);
                    return new Spoiled("dateOfBirth", days + " days ahead",
                            body -> body.put("dateOfBirth", LocalDate.now().plusDays(days).toString()));
                },
                () -> {
                    int year = in.between(15, 100);
                    return new Spoiled("yearGroup", "year " + year, body -> body.put("yearGroup", year));
                },
                () -> unknownWord(in, "setting", null, "setting"),
                () -> badSchoolUrn(in, "schoolUrn", null),
                () -> wrongType(in, "ehcPlan", null),
                () -> missing(in, "givenName", "familyName", "dateOfBirth", "setting", "ehcPlan",
                        "socialCareInvolved"));
    }

    static Stream<Spoiled> badAssessmentRequests() {
        SeededInputs in = new SeededInputs(8);
        return in.draw(30,
                () -> wrongNhsNumber(in, "child.nhsNumber", "child"),
                () -> wrongUpn(in, "child.upn", "child"),
                () -> badDateOfBirth(in, "child.dateOfBirth", "child"),
                () -> badName(in, "child.givenName", "child", "givenName", 100),
                () -> badName(in, "child.familyName", "child", "familyName", 100),
                () -> missing(in, "child"),
                () -> {
                    String field = in.oneOf("childId", "requestedOn", "requestedBy");
                    return new Spoiled(field, "set by a school", body -> body.put(field, field.equals("childId")
                            ? UUID.randomUUID().toString() : field.equals("requestedOn") ? "2026-01-05" : "PARENT"));
                });
    }

    static Stream<Spoiled> badPlans() {
        SeededInputs in = new SeededInputs(5);
        return in.draw(10,
                () -> {
                    int length = in.between(201, 1000);
                    return new Spoiled("receivingSetting", length + " characters",
                            body -> body.put("receivingSetting", "s".repeat(length)));
                },
                () -> wrongType(in, "healthAdvice", null),
                () -> wrongType(in, "viewsRecorded", null));
    }

    static Stream<Decision> badDecisions() {
        SeededInputs in = new SeededInputs(6);
        Map<String, Object> declined = Map.of("reason", "Met by school", "signposting", List.of());
        return in.draw(40,
                () -> new Decision("accept", false, Map.of("priority", unknownCode(in)), "priority"),
                () -> new Decision("accept", false, Map.of(), "priority"),
                () -> new Decision("decline", false, Map.of("reason", in.oneOf("", " "), "signposting",
                        List.of("Family hub")), "reason"),
                () -> new Decision("decline", false, Map.of("reason", "t".repeat(in.between(4001, 6000)),
                        "signposting", List.of("Family hub")), "reason"),
                () -> new Decision("decline", false, declined, "signposting"),
                () -> new Decision("decline", false, Map.of("reason", "Met by school"), "signposting"),
                () -> new Decision("request-information", false, Map.of("question", in.oneOf("", "  ")),
                        "question"),
                () -> new Decision("reprioritise", true, Map.of("priority", "URGENT", "reasonCategory",
                        unknownCode(in), "reason", "Worse"), "reasonCategory"),
                () -> new Decision("reprioritise", true, Map.of("priority", unknownCode(in), "reasonCategory",
                        "DETERIORATION", "reason", "Worse"), "priority"),
                () -> new Decision("reprioritise", true, Map.of("priority", "URGENT", "reasonCategory",
                        "DETERIORATION", "reason", ""), "reason"));
    }

    private static String unknownCode(SeededInputs in) {
        return in.letters(1, 12).toUpperCase() + "_X";
    }

    private static Spoiled missing(SeededInputs in, String... fields) {
        String field = in.oneOf(fields);
        return new Spoiled(field, "missing", body -> body.remove(field));
    }

    private static Spoiled wrongNhsNumber(SeededInputs in, String field, String inside) {
        String number = switch (in.between(0, 2)) {
            case 0 -> SeededInputs.suchThat(() -> in.digits(10, 10), n -> !NhsNumber.isValid(n));
            case 1 -> SeededInputs.suchThat(() -> in.digits(1, 20), n -> n.length() != 10);
            default -> in.letters(10, 10);
        };
        return new Spoiled(field, "NHS number " + number, body -> target(body, inside).put("nhsNumber", number));
    }

    private static Spoiled wrongUpn(SeededInputs in, String field, String inside) {
        String upn = SeededInputs.suchThat(() -> in.capitals(1, 1) + in.digits(12, 12),
                candidate -> !UniquePupilNumber.isValid(candidate));
        return new Spoiled(field, "UPN " + upn, body -> target(body, inside).put("upn", upn));
    }

    private static Spoiled badDateOfBirth(SeededInputs in, String field, String inside) {
        String date = switch (in.between(0, 2)) {
            case 0 -> LocalDate.now().plusDays(in.between(1, 3000)).toString();
            case 1 -> LocalDate.now().minusDays(in.between(25 * 366, 90 * 365)).toString();
            default -> in.oneOf("31/12/2019", "2019-02-30", "yesterday", "20190101");
        };
        return new Spoiled(field, "born " + date, body -> target(body, inside).put("dateOfBirth", date));
    }

    private static Spoiled badName(SeededInputs in, String field, String inside, String key, int longest) {
        String name = in.oneOf(true, false) ? in.oneOf("", " ", "\t") : "n".repeat(in.between(longest + 1,
                longest * 2));
        return new Spoiled(field, name.isBlank() ? "blank" : name.length() + " characters",
                body -> target(body, inside).put(key, name));
    }

    private static Spoiled badSchoolUrn(SeededInputs in, String field, String inside) {
        String urn = SeededInputs.suchThat(() -> in.from("0123456789AB", 1, 9), u -> !u.matches("\\d{6}"));
        return new Spoiled(field, "URN " + urn, body -> target(body, inside).put("schoolUrn", urn));
    }

    private static Spoiled unknownWord(SeededInputs in, String field, String inside, String key) {
        String word = in.capitals(2, 15) + "_NOT";
        return new Spoiled(field, word, body -> target(body, inside).put(key, word));
    }

    private static Spoiled wrongType(SeededInputs in, String field, String inside) {
        String value = in.oneOf("perhaps", "yes please", "2", "[]");
        return new Spoiled(field, "\"" + value + "\"", body -> target(body, inside).put(field,
                value.equals("[]") ? List.of() : value));
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

    private static Map<String, Object> validAssessmentRequest() {
        return new HashMap<>(Map.of("child", new HashMap<>(Map.of("givenName", "Ivy", "familyName", "Marsh",
                "dateOfBirth", LocalDate.now().minusYears(10).toString(), "nhsNumber", DemoData.nhsNumber(95_000)))));
    }

    private static Map<String, Object> validChild() {
        return new HashMap<>(Map.of("givenName", "Ivy", "familyName", "Marsh",
                "dateOfBirth", LocalDate.now().minusYears(10).toString(), "setting", "MAINSTREAM",
                "ehcPlan", true, "socialCareInvolved", false));
    }

    private static void refused(String service, String method, String path, String user, Object body, String field,
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

    private static void refusedRaw(Endpoint endpoint, String body, int status, String field) throws Exception {
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

    /**
     * Announces a body of the given size and writes none of it: the service must answer from the announcement
     * alone. (Writing the body races the refusal: the service closes the connection while the client still writes,
     * and the answer can be lost with it.)
     */
    private static int statusForAnnouncedBody(Endpoint endpoint, int size) throws Exception {
        try (Socket socket = new Socket("localhost", settings.servicePorts().get(endpoint.service()))) {
            socket.setSoTimeout(30_000);
            String head = endpoint.method() + " " + endpoint.path() + " HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Authorization: Bearer " + api.tokens().forUser(endpoint.user()) + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + size + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).as(endpoint + ": an answer before the body").startsWith("HTTP/1.1 ");
            return Integer.parseInt(statusLine.split(" ")[1]);
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
