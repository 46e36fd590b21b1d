package uk.send.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import uk.send.launcher.DemoData;
import uk.send.launcher.PlatformSettings;
import uk.send.launcher.ServiceApi;

/**
 * Schools' systems submitting referrals: each client signs in on its own (its own token from Keycloak) as the SENCO of
 * one of two schools, and sends each referral with an idempotency key, as a school's system should.
 */
final class SencoClients {

    private static final List<String> SCHOOLS = List.of("100001", "100002");
    private static final List<String> SENCOS = List.of("senco.oakfield", "senco.riverside");

    private final List<ServiceApi> clients = new ArrayList<>();
    private final AtomicInteger nextChild;

    SencoClients(PlatformSettings settings, int count, int firstChild) {
        for (int i = 0; i < count; i++) {
            ServiceApi client = new ServiceApi(settings);
            client.tokens().forUser(SENCOS.get(i % SENCOS.size()));
            clients.add(client);
        }
        this.nextChild = new AtomicInteger(firstChild);
    }

    int size() {
        return clients.size();
    }

    /** Submits a new referral through client {@code number % size()}; its id, or null if it was not accepted. */
    UUID submit(int number, String familyEmail) {
        int client = Math.floorMod(number, clients.size());
        String school = SCHOOLS.get(client % SCHOOLS.size());
        ServiceApi.Answer answer = clients.get(client).post("referral-service", "/api/referrals",
                SENCOS.get(client % SENCOS.size()), referral(nextChild.getAndIncrement(), school, familyEmail),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        return answer.status() == 201 ? UUID.fromString(answer.json().get("id").asText()) : null;
    }

    private static Map<String, Object> referral(int child, String school, String familyEmail) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("givenName", "Bench");
        details.put("familyName", "Child" + child);
        details.put("dateOfBirth", LocalDate.now().minusYears(5 + child % 10).minusDays(child % 300).toString());
        details.put("nhsNumber", DemoData.nhsNumber(child));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", "Parent " + child);
        contact.put("relationship", "mother");
        contact.put("email", familyEmail);
        contact.put("preferredChannel", "EMAIL");
        contact.put("language", "en");
        contact.put("accessibleFormat", "NONE");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("child", details);
        body.put("schoolUrn", school);
        body.put("schoolContact", Map.of("name", "SENCO " + school, "email", "senco@" + school + ".example.org"));
        body.put("service", "SPEECH_AND_LANGUAGE_THERAPY");
        body.put("reason", "Limited expressive language; frustration in class when not understood by adults.");
        body.put("complexHealthNeeds", child % 10 == 0);
        body.put("safeguardingConcern", false);
        body.put("familyContacts", List.of(contact));
        body.put("consent", Map.of("familyConsentToShare", true, "recordedBy", "SENCO " + school,
                "recordedAt", Instant.now().minusSeconds(3600).toString()));
        return body;
    }
}
