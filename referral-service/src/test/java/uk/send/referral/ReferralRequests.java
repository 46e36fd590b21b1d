package uk.send.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as a SENCO's system would send them, as mutable maps so a test can spoil one field. */
public final class ReferralRequests {

    private ReferralRequests() {
    }

    public static Map<String, Object> valid(String schoolUrn) {
        return valid(schoolUrn, "SPEECH_AND_LANGUAGE_THERAPY", "grace.jones@example.org");
    }

    public static Map<String, Object> valid(String schoolUrn, String service, String familyEmail) {
        Map<String, Object> child = new HashMap<>(Map.of(
                "givenName", "Amara",
                "familyName", "Jones",
                "dateOfBirth", LocalDate.now().minusYears(7).toString(),
                "nhsNumber", "9434765919",
                "upn", "B801200005001"));
        Map<String, Object> contact = new HashMap<>(Map.of(
                "name", "Grace Jones",
                "relationship", "mother",
                "email", familyEmail,
                "mobile", "07700 900123",
                "postalAddress", new HashMap<>(Map.of("line1", "1 Oak Lane", "postcode", "OK1 2AB")),
                "preferredChannel", "EMAIL",
                "language", "en",
                "accessibleFormat", "NONE"));
        Map<String, Object> body = new HashMap<>();
        body.put("child", child);
        body.put("schoolUrn", schoolUrn);
        body.put("schoolContact", new HashMap<>(Map.of("name", "Ms Patel", "email", "senco@school.example.org")));
        body.put("service", service);
        body.put("reason", "Limited expressive language; frustration in class.");
        body.put("complexHealthNeeds", false);
        body.put("safeguardingConcern", false);
        body.put("familyContacts", new ArrayList<>(List.of(contact)));
        body.put("consent", new HashMap<>(Map.of(
                "familyConsentToShare", true,
                "recordedBy", "Ms Patel",
                "recordedAt", Instant.now().minusSeconds(3600).toString())));
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> child(Map<String, Object> body) {
        return (Map<String, Object>) body.get("child");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstContact(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("familyContacts")).get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> consent(Map<String, Object> body) {
        return (Map<String, Object>) body.get("consent");
    }
}
