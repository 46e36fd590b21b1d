package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import uk.send.launcher.FamilyInvitations;
import uk.send.launcher.ServiceApi;

/**
 * A referral's journey through the APIs of three services, as a SENCO, a clinician, the family and a case worker,
 * counting every answer that showed the child's referral (its child's name or its reference, as in the case workers'
 * list of its notices, which names the family); then each service's audit holds exactly one record for each.
 */
class AuditIT {

    private static final String PARENT = "parent.oakfield";
    private static final String PARENT_EMAIL = "parent.oakfield@example.org";

    private final Map<String, Integer> shown = new HashMap<>();
    private ServiceApi api;
    private String name;
    private String reference = "no reference yet";

    @Test
    void everyAnswerThatShowedTheChildIsInTheAuditOnce() throws Exception {
        api = new ServiceApi(PlatformUnderTest.get().settings());
        name = "Audra" + Long.toString(System.nanoTime(), 36).substring(0, 5);
        ReferralRequest request = ReferralRequest.forSpeechAndLanguage(name, PARENT_EMAIL, "audit");
        Map<String, Object> body = new HashMap<>(request.body());
        body.put("service", "CAMHS");

        JsonNode submitted = read("referral-service", api.post("referral-service", "/api/referrals",
                "senco.oakfield", body).expect(201));
        UUID id = UUID.fromString(submitted.get("id").asText());
        reference = id.toString();
        await().atMost(Duration.ofSeconds(60)).until(() -> read("triage-service",
                api.get("triage-service", "/api/triage/queue", "clinician.camhs").expect(200))
                .toString().contains(id.toString()));
        api.post("triage-service", "/api/triage/referrals/" + id + "/accept", "clinician.camhs",
                Map.of("priority", "ROUTINE")).expect(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "ACCEPTED_WAITING".equals(read("referral-service",
                api.get("referral-service", "/api/referrals/" + id, "senco.oakfield").expect(200))
                .get("status").asText()));

        new FamilyInvitations(PlatformUnderTest.get().settings(), api).accept(PARENT, PARENT_EMAIL,
                submitted.get("reference").asText());
        read("referral-service", api.get("referral-service", "/api/family/referrals/" + id, PARENT).expect(200));
        await().atMost(Duration.ofSeconds(60)).until(() -> read("notification-service",
                api.get("notification-service", "/api/family/notifications", PARENT).expect(200))
                .toString().contains("is on the waiting list"));
        read("notification-service", api.get("notification-service", "/api/notifications?referralId=" + id,
                "caseworker").expect(200));
        read("referral-service", api.get("referral-service", "/api/referrals?service=CAMHS&size=100", "caseworker")
                .expect(200));

        for (String service : List.of("referral-service", "triage-service", "notification-service")) {
            JsonNode audit = api.get(service, "/api/audit?referralId=" + id, "caseworker").expect(200).json()
                    .get("accesses");
            System.out.printf("Audit of %s: %d answers showed the child, %d records%n", service,
                    shown.getOrDefault(service, 0), audit.size());
            assertThat(audit.size()).as(service).isEqualTo(shown.getOrDefault(service, 0)).isPositive();
        }
        JsonNode family = api.get("referral-service", "/api/audit?referralId=" + id, "caseworker").json()
                .get("accesses");
        assertThat(family.findValuesAsText("who")).contains(PARENT, "senco.oakfield", "caseworker");
        assertThat(family.findValuesAsText("what")).contains("family view", "referral submitted", "referral list");
    }

    /** The answer's body, counted for its service if it showed the child's referral. */
    private JsonNode read(String service, ServiceApi.Answer answer) {
        if (answer.text().contains(name) || answer.text().contains(reference)) {
            shown.merge(service, 1, Integer::sum);
        }
        return answer.json();
    }
}
