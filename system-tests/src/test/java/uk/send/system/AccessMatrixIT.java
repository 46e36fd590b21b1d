package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.send.launcher.DemoData;
import uk.send.launcher.FamilyInvitations;
import uk.send.launcher.PlatformSettings;
import uk.send.launcher.ServiceApi;

/**
 * Every endpoint against every kind of caller, in one table: the SENCO of the child's school and of another, a
 * clinician of the referral's service and of another, a case worker, a leader, an operator (dead letters only),
 * the child's family and another family, and callers with no token, an expired token, a token from another issuer
 * and a token issued for another application. Reads of a child's referral are found in its audit log afterwards.
 */
class AccessMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARENT = "parent.oakfield";
    private static final String OTHER_PARENT = "parent.riverside";

    /** Who calls: a demo user of the local realm, or one of the callers who must be turned away. */
    private enum Caller {
        SENCO_OF_THIS_SCHOOL("senco.oakfield"), SENCO_OF_ANOTHER_SCHOOL("senco.riverside"),
        CLINICIAN_OF_THIS_SERVICE("clinician.salt"), CLINICIAN_OF_ANOTHER_SERVICE("clinician.camhs"),
        CASE_WORKER("caseworker"), LEADER("leader"), OPERATOR("operator"), FAMILY(PARENT),
        FAMILY_OF_ANOTHER_CHILD(OTHER_PARENT),
        NO_TOKEN(null), EXPIRED_TOKEN(null), ANOTHER_ISSUER(null), ANOTHER_APPLICATION(null);

        final String user;

        Caller(String user) {
            this.user = user;
        }

        boolean turnedAway() {
            return user == null;
        }
    }

    private record Row(String what, String service, String method, Function<Caller, String> path, Object body,
            Map<Caller, Integer> allowed, int othersGet, int noTokenGets) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private PlatformSettings settings;
    private ServiceApi api;
    private final Map<Caller, String> tokens = new LinkedHashMap<>();

    @Test
    void everyCallerGetsWhatTheirRoleAndScopeAllowAndNothingElse() throws Exception {
        settings = PlatformUnderTest.get().settings();
        api = new ServiceApi(settings);
        UUID ours = referral(PARENT + "@example.org");
        UUID theirs = referral(OTHER_PARENT + "@example.org");
        // Each parent enters the code from the invitation in their mailbox: one is linked to this child, the
        // other to another child.
        FamilyInvitations invitations = new FamilyInvitations(settings, api);
        invitations.accept(PARENT, PARENT + "@example.org", ours);
        invitations.accept(OTHER_PARENT, OTHER_PARENT + "@example.org", theirs);
        UUID toAccept = referral("family.accept@example.org");
        UUID toAcceptInPortal = referral("family.portal@example.org");
        UUID withdrawnBySenco = referral("family.withdraw1@example.org");
        UUID withdrawnByCaseWorker = referral("family.withdraw2@example.org");
        UUID erasedByCaseWorker = referral("family.erased@example.org");
        String child = api.post("transition-service", "/api/children", "caseworker", Map.of("givenName", "Ivy",
                "familyName", "Marsh", "dateOfBirth", LocalDate.now().minusYears(9).toString(), "setting",
                "MAINSTREAM", "ehcPlan", false, "socialCareInvolved", false)).expect(201).json().get("childId")
                .asText();
        // An EHC needs assessment a SENCO of this school asked for, with health advice asked of this clinician's
        // service: the clinician of another service must not see it.
        String today = LocalDate.now().toString();
        String assessment = api.post("transition-service", "/api/ehc/assessment-requests", "senco.oakfield",
                assessmentRequest()).expect(201).json().get("id").asText();
        api.post("transition-service", "/api/ehc/assessments/" + assessment + "/decision", "caseworker",
                Map.of("assess", true, "decidedOn", today)).expect(200);
        String advice = api.post("transition-service", "/api/ehc/assessments/" + assessment + "/advice-requests",
                "caseworker", Map.of("kind", "HEALTH", "service", "SPEECH_AND_LANGUAGE_THERAPY", "requestedOn", today))
                .expect(200).json().get("advice").get(0).get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("triage-service", "/api/advice-requests/" + advice,
                "caseworker").status() == 200);
        tokens();

        Map<String, Object> newReferral = ReferralRequest.forSpeechAndLanguage("Matrix", "matrix").body();
        List<Row> rows = List.of(
                row("read the child's referral", "referral-service", "GET", c -> "/api/referrals/" + ours, null,
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 200, Caller.SENCO_OF_ANOTHER_SCHOOL, 404,
                                Caller.CLINICIAN_OF_THIS_SERVICE, 200, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 404,
                                Caller.CASE_WORKER, 200)),
                row("read the child's referral as a FHIR Bundle", "referral-service", "GET",
                        c -> "/fhir/Bundle/" + ours, null,
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 200, Caller.SENCO_OF_ANOTHER_SCHOOL, 404,
                                Caller.CLINICIAN_OF_THIS_SERVICE, 200, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 404,
                                Caller.CASE_WORKER, 200)),
                row("read the school's FHIR ServiceRequest", "referral-service", "GET",
                        c -> "/fhir/ServiceRequest/" + ours, null,
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 200, Caller.SENCO_OF_ANOTHER_SCHOOL, 404,
                                Caller.CLINICIAN_OF_THIS_SERVICE, 200, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 404,
                                Caller.CASE_WORKER, 200)),
                row("read the service's FHIR Task", "referral-service", "GET", c -> "/fhir/Task/" + ours, null,
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 200, Caller.SENCO_OF_ANOTHER_SCHOOL, 404,
                                Caller.CLINICIAN_OF_THIS_SERVICE, 200, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 404,
                                Caller.CASE_WORKER, 200)),
                row("search FHIR ServiceRequests changed since a day", "referral-service", "GET",
                        c -> "/fhir/ServiceRequest?_lastUpdated=ge2026-01-01", null,
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 200, Caller.SENCO_OF_ANOTHER_SCHOOL, 200,
                                Caller.CLINICIAN_OF_THIS_SERVICE, 200, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 200,
                                Caller.CASE_WORKER, 200)),
                row("read the child's referral as a family", "referral-service", "GET",
                        c -> "/api/family/referrals/" + ours, null,
                        Map.of(Caller.FAMILY, 200, Caller.FAMILY_OF_ANOTHER_CHILD, 404)),
                row("list a family's referrals", "referral-service", "GET", c -> "/api/family/referrals", null,
                        Map.of(Caller.FAMILY, 200, Caller.FAMILY_OF_ANOTHER_CHILD, 200)),
                row("enter an invitation code", "referral-service", "POST", c -> "/api/family/invitations",
                        Map.of("code", "ZZZZ-ZZZZ"), Map.of()),
                row("send a family contact a new invitation", "referral-service", "POST",
                        c -> "/api/referrals/" + toAccept + "/family-contacts/" + contact(toAccept) + "/invitation",
                        null, Map.of(Caller.CASE_WORKER, 202)),
                row("unlink a family account", "referral-service", "DELETE",
                        c -> "/api/referrals/" + withdrawnByCaseWorker + "/family-contacts/"
                                + contact(withdrawnByCaseWorker) + "/link",
                        null, Map.of(Caller.CASE_WORKER, 204)),
                row("read another family's referral", "referral-service", "GET", c -> "/api/referrals/" + theirs,
                        null, Map.of(Caller.SENCO_OF_THIS_SCHOOL, 200, Caller.SENCO_OF_ANOTHER_SCHOOL, 404,
                                Caller.CLINICIAN_OF_THIS_SERVICE, 200, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 404,
                                Caller.CASE_WORKER, 200)),
                row("list referrals", "referral-service", "GET", c -> "/api/referrals", null,
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 200, Caller.SENCO_OF_ANOTHER_SCHOOL, 200,
                                Caller.CLINICIAN_OF_THIS_SERVICE, 200, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 200,
                                Caller.CASE_WORKER, 200)),
                row("refer a child", "referral-service", "POST", c -> "/api/referrals", newReferral,
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 201)),
                row("withdraw a referral", "referral-service", "POST",
                        c -> "/api/referrals/" + (c == Caller.SENCO_OF_THIS_SCHOOL ? withdrawnBySenco
                                : c == Caller.CASE_WORKER ? withdrawnByCaseWorker : theirs) + "/withdraw",
                        Map.of("reason", "The family has moved away."),
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 200, Caller.SENCO_OF_ANOTHER_SCHOOL, 404,
                                Caller.CASE_WORKER, 200)),
                row("carry a referral over", "referral-service", "POST", c -> "/api/referrals/migrated",
                        Map.of("referral", newReferral, "receivedAt", Instant.now().minusSeconds(86_400 * 30)
                                .toString(), "previousReference", "MATRIX-" + UUID.randomUUID()),
                        Map.of(Caller.CASE_WORKER, 201)),
                row("correct a family's contacts", "referral-service", "PATCH",
                        c -> "/api/referrals/" + ours + "/contacts", Map.of("familyContacts", List.of(
                                api.get("referral-service", "/api/referrals/" + ours, "caseworker").expect(200)
                                        .json().at("/familyContacts/0"))),
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 200, Caller.SENCO_OF_ANOTHER_SCHOOL, 404,
                                Caller.CASE_WORKER, 200)),
                row("read the triage queue", "triage-service", "GET", c -> "/api/triage/queue", null,
                        Map.of(Caller.CLINICIAN_OF_THIS_SERVICE, 200, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 200)),
                row("accept a referral", "triage-service", "POST",
                        c -> "/api/triage/referrals/" + toAccept + "/accept", Map.of("priority", "ROUTINE"),
                        Map.of(Caller.CLINICIAN_OF_THIS_SERVICE, 202, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 404)),
                row("read the scorecard", "triage-service", "GET", c -> "/api/scorecard", null,
                        Map.of(Caller.CASE_WORKER, 200, Caller.LEADER, 200)),
                row("read the scorecard as CSV", "triage-service", "GET", c -> "/api/scorecard.csv", null,
                        Map.of(Caller.CASE_WORKER, 200, Caller.LEADER, 200)),
                new Row("open the portal", "triage-service", "GET", c -> "/portal", null,
                        Map.of(Caller.CLINICIAN_OF_THIS_SERVICE, 200, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 200),
                        403, 302),
                new Row("post a portal form without its CSRF token", "triage-service", "POST",
                        c -> "/portal/referrals/" + toAcceptInPortal + "/accept", "priority=URGENT",
                        Map.of(), 403, 302),
                // Only its school answers; with no question waiting, the answer is a conflict, not a change.
                row("answer the clinician's question", "referral-service", "POST",
                        c -> "/api/referrals/" + ours + "/information",
                        Map.of("answer", "The hearing test was normal."),
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 409, Caller.SENCO_OF_ANOTHER_SCHOOL, 404)),
                row("register a child", "transition-service", "POST", c -> "/api/children",
                        Map.of("givenName", "Rowan", "familyName", "Marsh", "dateOfBirth",
                                LocalDate.now().minusYears(6).toString(), "setting", "MAINSTREAM", "ehcPlan", false,
                                "socialCareInvolved", false),
                        Map.of(Caller.CASE_WORKER, 201)),
                row("read a child's transitions", "transition-service", "GET",
                        c -> "/api/children/" + child + "/transitions", null, Map.of(Caller.CASE_WORKER, 200)),
                row("list upcoming transitions", "transition-service", "GET", c -> "/api/transitions/upcoming",
                        null, Map.of(Caller.CASE_WORKER, 200)),
                row("correct a child's record", "transition-service", "PATCH", c -> "/api/children/" + child,
                        Map.of("socialCareInvolved", true), Map.of(Caller.CASE_WORKER, 200)),
                row("list children whose details are to be confirmed", "transition-service", "GET",
                        c -> "/api/children?detailsToConfirm=true", null, Map.of(Caller.CASE_WORKER, 200)),
                row("add a school of the area", "transition-service", "POST", c -> "/api/schools",
                        Map.of("urn", String.format("%06d", new Random().nextInt(1_000_000)),
                                "name", "Matrix Academy"), Map.of(Caller.CASE_WORKER, 201)),
                row("read the transition figures per setting", "transition-service", "GET",
                        c -> "/api/transitions/figures", null, Map.of(Caller.CASE_WORKER, 200, Caller.LEADER, 200)),
                row("request an EHC needs assessment", "transition-service", "POST",
                        c -> "/api/ehc/assessment-requests", assessmentRequest(),
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 201, Caller.SENCO_OF_ANOTHER_SCHOOL, 403,
                                Caller.CASE_WORKER, 400)),
                row("read an EHC needs assessment", "transition-service", "GET",
                        c -> "/api/ehc/assessments/" + assessment, null,
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 200, Caller.SENCO_OF_ANOTHER_SCHOOL, 404,
                                Caller.CASE_WORKER, 200)),
                row("ask for an EHC needs assessment as a family", "referral-service", "POST",
                        c -> "/api/family/referrals/" + ours + "/ehc-assessment-request", null,
                        Map.of(Caller.FAMILY, 202, Caller.FAMILY_OF_ANOTHER_CHILD, 404)),
                row("list open EHC needs assessments", "transition-service", "GET", c -> "/api/ehc/assessments",
                        null, Map.of(Caller.CASE_WORKER, 200)),
                row("record the decision whether to assess", "transition-service", "POST",
                        c -> "/api/ehc/assessments/" + assessment + "/decision",
                        Map.of("assess", true, "decidedOn", today), Map.of(Caller.CASE_WORKER, 200)),
                row("list the annual reviews to act on", "transition-service", "GET", c -> "/api/ehc/reviews",
                        null, Map.of(Caller.CASE_WORKER, 200)),
                row("list health advice requests", "triage-service", "GET", c -> "/api/advice-requests", null,
                        Map.of(Caller.CLINICIAN_OF_THIS_SERVICE, 200, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 200,
                                Caller.CASE_WORKER, 200)),
                row("read a health advice request", "triage-service", "GET", c -> "/api/advice-requests/" + advice,
                        null, Map.of(Caller.CLINICIAN_OF_THIS_SERVICE, 200, Caller.CLINICIAN_OF_ANOTHER_SERVICE, 404,
                                Caller.CASE_WORKER, 200)),
                new Row("open the portal's health advice page", "triage-service", "GET",
                        c -> "/portal/advice/" + advice, null, Map.of(Caller.CLINICIAN_OF_THIS_SERVICE, 200,
                                Caller.CLINICIAN_OF_ANOTHER_SERVICE, 404), 403, 302),
                row("read the closure audit", "notification-service", "GET", c -> "/api/closure-audit", null,
                        Map.of(Caller.CASE_WORKER, 200)),
                row("read a referral's notices", "notification-service", "GET",
                        c -> "/api/notifications?referralId=" + ours, null, Map.of(Caller.CASE_WORKER, 200)),
                row("list the letters ready to post", "notification-service", "GET", c -> "/api/letters", null,
                        Map.of(Caller.CASE_WORKER, 200)),
                row("list the notices waiting for Braille, easy read, audio or a translation",
                        "notification-service", "GET", c -> "/api/format-requests", null,
                        Map.of(Caller.CASE_WORKER, 200)),
                row("read the family inbox", "notification-service", "GET", c -> "/api/family/notifications",
                        null, Map.of(Caller.FAMILY, 200, Caller.FAMILY_OF_ANOTHER_CHILD, 200)),
                // The link in every notice leads a signed-in family member on to the family page.
                new Row("open the family inbox page", "notification-service", "GET", c -> "/family", null,
                        Map.of(Caller.FAMILY, 303, Caller.FAMILY_OF_ANOTHER_CHILD, 303), 403, 302),
                new Row("open the family's preferences page", "referral-service", "GET",
                        c -> "/family/referrals/" + ours + "/preferences", null,
                        Map.of(Caller.FAMILY, 200, Caller.FAMILY_OF_ANOTHER_CHILD, 404), 403, 302),
                row("change how the family is contacted", "referral-service", "PUT",
                        c -> "/api/family/referrals/" + ours + "/preferences",
                        Map.of("preferredChannel", "EMAIL", "email", PARENT + "@example.org", "language", "en"),
                        Map.of(Caller.FAMILY, 200, Caller.FAMILY_OF_ANOTHER_CHILD, 404)),
                new Row("open the family's referrals page", "referral-service", "GET", c -> "/family/referrals",
                        null, Map.of(Caller.FAMILY, 200, Caller.FAMILY_OF_ANOTHER_CHILD, 200), 403, 302),
                row("read who looked at the referral", "referral-service", "GET",
                        c -> "/api/audit?referralId=" + ours, null, Map.of(Caller.CASE_WORKER, 200)),
                row("read who looked at the referral in triage", "triage-service", "GET",
                        c -> "/api/audit?referralId=" + ours, null, Map.of(Caller.CASE_WORKER, 200)),
                row("read who looked at the child's transitions", "transition-service", "GET",
                        c -> "/api/audit?childId=" + child, null, Map.of(Caller.CASE_WORKER, 200)),
                row("read who looked at the referral's notices", "notification-service", "GET",
                        c -> "/api/audit?referralId=" + ours, null, Map.of(Caller.CASE_WORKER, 200)),
                new Row("open the portal's audit page", "triage-service", "GET",
                        c -> "/portal/audit?referralId=" + ours, null, Map.of(Caller.CASE_WORKER, 200), 403, 302),
                new Row("open the portal's letters to post", "triage-service", "GET", c -> "/portal/letters", null,
                        Map.of(Caller.CASE_WORKER, 200), 403, 302),
                new Row("open the portal's notices to make by hand", "triage-service", "GET",
                        c -> "/portal/formats", null, Map.of(Caller.CASE_WORKER, 200), 403, 302),
                row("correct the referred child's details", "referral-service", "PATCH",
                        c -> "/api/referrals/" + ours + "/child", Map.of("child", newReferral.get("child")),
                        Map.of(Caller.SENCO_OF_THIS_SCHOOL, 200, Caller.SENCO_OF_ANOTHER_SCHOOL, 404,
                                Caller.CASE_WORKER, 200)),
                row("read the corrections of the child's details", "referral-service", "GET",
                        c -> "/api/referrals/" + ours + "/child/corrections", null, Map.of(Caller.CASE_WORKER, 200)),
                row("erase a referral's records", "referral-service", "POST",
                        c -> "/api/referrals/" + (c == Caller.CASE_WORKER ? erasedByCaseWorker : ours) + "/erasure",
                        Map.of("ground", "WRONG_CHILD", "requestReference", "IG-MATRIX-1"),
                        Map.of(Caller.CASE_WORKER, 200)),
                row("read the register of destroyed records", "referral-service", "GET",
                        c -> "/api/destroyed-records", null, Map.of(Caller.CASE_WORKER, 200)),
                row("list referral.events' dead letters", "referral-service", "GET", c -> "/api/dead-letters",
                        null, Map.of(Caller.OPERATOR, 200)),
                row("list triage.events' dead letters", "triage-service", "GET", c -> "/api/dead-letters", null,
                        Map.of(Caller.OPERATOR, 200)),
                row("list transition.events' dead letters", "transition-service", "GET",
                        c -> "/api/dead-letters", null, Map.of(Caller.OPERATOR, 200)),
                row("list notification.events' dead letters", "notification-service", "GET",
                        c -> "/api/dead-letters", null, Map.of(Caller.OPERATOR, 200)),
                row("publish a dead letter again", "referral-service", "POST",
                        c -> "/api/dead-letters/0-999999999/replay", null, Map.of(Caller.OPERATOR, 404)));

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : rows) {
            for (Caller caller : Caller.values()) {
                int expected = row.allowed().getOrDefault(caller, caller == Caller.NO_TOKEN ? row.noTokenGets()
                        : caller.turnedAway() ? 401 : row.othersGet());
                int actual = call(row, caller);
                cells++;
                if (actual != expected) {
                    wrong.add(row.what() + " as " + caller + ": expected " + expected + ", got " + actual);
                }
            }
        }
        System.out.printf("Access matrix: %d endpoints x %d callers = %d cells checked, %d wrong%n", rows.size(),
                Caller.values().length, cells, wrong.size());
        assertThat(wrong).isEmpty();

        // Every read of the child's referral that was let through is in its audit log, with who read it.
        assertThat(auditedReaders(ours)).contains("senco.oakfield", "clinician.salt", "caseworker", PARENT)
                .doesNotContain("senco.riverside", "clinician.camhs");
    }

    /** A school's request for an EHC needs assessment for a child no other test knows. */
    private static Map<String, Object> assessmentRequest() {
        return Map.of("child", Map.of("givenName", "Ezra", "familyName", "Hale", "dateOfBirth",
                LocalDate.now().minusYears(8).toString(), "nhsNumber",
                DemoData.nhsNumber(70_000 + new Random().nextInt(20_000))));
    }

    private static Row row(String what, String service, String method, Function<Caller, String> path, Object body,
            Map<Caller, Integer> allowed) {
        return new Row(what, service, method, path, body, allowed, 403, 401);
    }

    private int call(Row row, Caller caller) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + settings.servicePorts().get(row.service()) + row.path().apply(caller)))
                .timeout(Duration.ofSeconds(30));
        if (tokens.get(caller) != null) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        if (row.body() == null) {
            request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        } else if (row.body() instanceof String form) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(row.method(), HttpRequest.BodyPublishers.ofString(form));
        } else {
            request.header("Content-Type", "application/json")
                    .method(row.method(), HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(row.body())));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void tokens() throws Exception {
        for (Caller caller : Caller.values()) {
            if (caller.user != null) {
                tokens.put(caller, api.tokens().forUser(caller.user));
            }
        }
        tokens.put(Caller.ANOTHER_APPLICATION, passwordGrant("drills-other-app", "caseworker"));
        tokens.put(Caller.ANOTHER_ISSUER, selfSigned());
        tokens.put(Caller.EXPIRED_TOKEN, passwordGrant("drills-short-lived", "caseworker"));
        Thread.sleep(3000);
    }

    private String passwordGrant(String client, String user) throws Exception {
        String form = "client_id=" + client + "&grant_type=password&username=" + user + "&password="
                + URLEncoder.encode("demo", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.issuer()
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("a token from " + client).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** A caseworker token in every claim but signed by a key of its own and naming another issuer. */
    private String selfSigned() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        long now = Instant.now().getEpochSecond();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"elsewhere\"}"
                .getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(JSON.writeValueAsBytes(Map.of(
                "iss", "http://localhost:9999/realms/elsewhere", "sub", UUID.randomUUID().toString(),
                "aud", "send-platform", "iat", now, "exp", now + 600, "preferred_username", "caseworker",
                "realm_access", Map.of("roles", List.of("caseworker")))));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(pair.getPrivate());
        signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + base64.encodeToString(signature.sign());
    }

    /** The id of a referral's first family contact, as a case worker reads it. */
    private String contact(UUID referral) {
        return api.get("referral-service", "/api/referrals/" + referral, "caseworker").expect(200).json()
                .at("/familyContacts/0/id").asText();
    }

    private UUID referral(String familyEmail) {
        ReferralRequest request = ReferralRequest.forSpeechAndLanguage("Wren", familyEmail, "matrix");
        UUID id = UUID.fromString(api.post("referral-service", "/api/referrals", "senco.oakfield", request.body())
                .expect(201).json().get("id").asText());
        await().atMost(Duration.ofSeconds(60)).until(() -> "IN_TRIAGE".equals(
                api.get("referral-service", "/api/referrals/" + id, "caseworker").json().path("status").asText()));
        return id;
    }

    private List<String> auditedReaders(UUID referral) throws Exception {
        List<String> readers = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("referral"), "send", "send");
             PreparedStatement query = connection.prepareStatement(
                     "SELECT DISTINCT accessed_by FROM record_access WHERE referral_id = ?")) {
            query.setObject(1, referral);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    readers.add(rows.getString(1));
                }
            }
        }
        return readers;
    }
}
