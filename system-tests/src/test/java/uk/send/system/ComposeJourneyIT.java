package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.send.launcher.PlatformSettings;
import uk.send.launcher.ServiceApi;

/**
 * docker-compose.yml run for real: every image built here from Debian's packages and the build's artifacts, the
 * stack brought up with its development override and awaited on its health checks, then the referral journey through
 * the published ports. SENCOs refer, a clinician accepts and closes each referral, and notification-service's
 * container is killed (docker kill) half-way through the closures and started again: each school and each family is
 * told of each closure once, nothing lost, nothing duplicated. Runs where a Docker engine is installed (the docker
 * profile of this module), after the other system tests. The production file's way in, the TLS proxy, is asked too.
 */
class ComposeJourneyIT {

    private static final int REFERRALS = 20;
    private static final String CLOSED = "is now closed";
    private static final String MAIL_API = "http://localhost:8025/api/user/";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ComposeStack stack;
    private static ServiceApi api;
    private final HttpClient http = HttpClient.newHttpClient();

    private record Referral(UUID id, ReferralRequest request) {
    }

    @BeforeAll
    static void bringTheStackUp() throws IOException {
        stack = new ComposeStack(ServiceConfiguration.repository(), "send-compose-journey");
        stack.up(Duration.ofMinutes(8));
        api = new ServiceApi(PlatformSettings.fromEnvironment(ServiceConfiguration.repository()));
    }

    @AfterAll
    static void takeItDown() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyClosureIsToldToTheSchoolAndTheFamilyOnceThoughNotificationServiceIsKilledHalfWay() {
        List<Referral> referrals = new ArrayList<>();
        for (int i = 0; i < REFERRALS; i++) {
            ReferralRequest request = ReferralRequest.forSpeechAndLanguage("Child" + i,
                    ("family+" + i + "-" + RUN + "@example.org"), RUN);
            UUID id = UUID.fromString(api.post("referral-service", "/api/referrals", "senco.oakfield", request.body())
                    .expect(201).json().get("id").asText());
            referrals.add(new Referral(id, request));
        }
        for (Referral referral : referrals) {
            awaitStatus(referral.id(), "IN_TRIAGE");
            api.post("triage-service", "/api/triage/referrals/" + referral.id() + "/accept", "clinician.salt",
                    Map.of("priority", "ROUTINE")).expect(202);
        }
        for (int i = 0; i < referrals.size(); i++) {
            if (i == referrals.size() / 2) {
                stack.kill("notification-service");
                assertThat(stack.states().get("notification-service")).startsWith("exited");
            }
            awaitStatus(referrals.get(i).id(), "ACCEPTED_WAITING");
            api.post("triage-service", "/api/triage/referrals/" + referrals.get(i).id() + "/close", "clinician.salt",
                    Map.of("outcome", "DISCHARGED", "summary", "Discharged: the speech sounds are age-typical."))
                    .expect(202);
        }
        stack.start("notification-service");
        stack.awaitHealthy(Duration.ofMinutes(3));

        int expected = 2 * referrals.size();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> told(referrals) == expected);
        int lost = expected - told(referrals);
        int duplicated = 0;
        int copies = 0;
        for (Referral referral : referrals) {
            for (String recipient : List.of(referral.request().schoolEmail(), referral.request().familyEmail())) {
                List<String> ids = closureMessageIds(recipient);
                Set<String> distinct = new HashSet<>(ids);
                duplicated += Math.max(0, distinct.size() - 1);
                copies += ids.size() - distinct.size();
            }
        }
        System.out.printf("Compose journey: %d closures with notification-service killed half-way; closure notices "
                + "expected %d, delivered %d, lost %d, duplicated %d (re-sent copies with the same Message-ID %d)%n",
                referrals.size(), expected, expected - lost, lost, duplicated, copies);
        assertThat(lost).as("closure notices lost").isZero();
        assertThat(duplicated).as("recipients told of one closure twice").isZero();
        for (Referral referral : referrals) {
            assertThat(status(referral.id())).isEqualTo("CLOSED");
        }
    }

    /** The way in for people: TLS at the proxy, with the certificate it made, to the service behind it. */
    @Test
    void theProxyAnswersOverTlsForTheServiceBehindIt() throws Exception {
        UUID id = UUID.fromString(api.post("referral-service", "/api/referrals", "senco.oakfield",
                ReferralRequest.forSpeechAndLanguage("Proxied", "proxied-" + RUN + "@example.org", RUN).body())
                .expect(201).json().get("id").asText());
        HttpClient tls = HttpClient.newBuilder().sslContext(trusting(stack.read("proxy", "/etc/proxy/tls/tls.crt")))
                .build();
        HttpResponse<String> answer = tls.send(HttpRequest.newBuilder(URI.create("https://localhost:8441/api/referrals/"
                + id)).header("Authorization", "Bearer " + api.tokens().forUser("caseworker"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("id").asText()).isEqualTo(id.toString());
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private static SSLContext trusting(String certificatePem) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("proxy", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private int told(List<Referral> referrals) {
        int told = 0;
        for (Referral referral : referrals) {
            told += closureMessageIds(referral.request().schoolEmail()).isEmpty() ? 0 : 1;
            told += closureMessageIds(referral.request().familyEmail()).isEmpty() ? 0 : 1;
        }
        return told;
    }

    /** The Message-IDs of the closure emails in a recipient's mailbox at the mail catcher, one per email. */
    private List<String> closureMessageIds(String recipient) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(MAIL_API
                    + URLEncoder.encode(recipient, StandardCharsets.UTF_8) + "/messages")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return List.of(); // no mail for this address yet
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode message : JSON.readTree(response.body())) {
                if (message.path("mimeMessage").asText().contains(CLOSED)) {
                    ids.add(message.path("Message-ID").asText());
                }
            }
            return ids;
        } catch (IOException e) {
            throw new AssertionError("The mail catcher did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                .until(() -> status.equals(status(id)));
    }

    private String status(UUID id) {
        return api.get("referral-service", "/api/referrals/" + id, "caseworker").expect(200).json().path("status")
                .asText();
    }
}
