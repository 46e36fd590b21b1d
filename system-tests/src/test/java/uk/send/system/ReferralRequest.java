package uk.send.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.send.launcher.DemoData;

/**
 * A referral as a SENCO's system sends it. Each one names its own school and family addresses, so that the mail a
 * test finds for an address belongs to that referral alone.
 */
record ReferralRequest(String givenName, String schoolEmail, String familyEmail, Map<String, Object> body) {

    private static int nextNhsNumber = 500;

    static ReferralRequest forSpeechAndLanguage(String givenName, String familyEmail, String run) {
        String schoolEmail = ("senco+" + givenName + "-" + run + "@oakfield.example.org").toLowerCase();
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("givenName", givenName);
        child.put("familyName", "Okoro");
        child.put("dateOfBirth", LocalDate.now().minusYears(7).minusDays(45).toString());
        child.put("nhsNumber", DemoData.nhsNumber(nextNhsNumber++));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", "Ada Okoro");
        contact.put("relationship", "mother");
        contact.put("email", familyEmail);
        contact.put("preferredChannel", "EMAIL");
        contact.put("language", "en");
        contact.put("accessibleFormat", "NONE");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("child", child);
        body.put("schoolUrn", "100001");
        body.put("schoolContact", Map.of("name", "Ms Patel", "email", schoolEmail));
        body.put("service", "SPEECH_AND_LANGUAGE_THERAPY");
        body.put("reason", "Limited expressive language; frustration in class when not understood.");
        body.put("complexHealthNeeds", false);
        body.put("safeguardingConcern", false);
        body.put("familyContacts", List.of(contact));
        body.put("consent", Map.of("familyConsentToShare", true, "recordedBy", "Ms Patel",
                "recordedAt", Instant.now().minusSeconds(3600).toString()));
        return new ReferralRequest(givenName, schoolEmail, familyEmail, body);
    }

    /** The same referral, to another service, for someone born on another day. */
    ReferralRequest to(String service, LocalDate dateOfBirth) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        Map<String, Object> child = new LinkedHashMap<>(child());
        child.put("dateOfBirth", dateOfBirth.toString());
        copy.put("child", child);
        copy.put("service", service);
        copy.put("reason", "Low mood and withdrawal at school over the last term.");
        return new ReferralRequest(givenName, schoolEmail, familyEmail, copy);
    }

    /**
     * The same referral, its family written to by post alone: no email address, a letter to an address of its own
     * (the given name in the first line, so that a letter can be told apart by its address).
     */
    ReferralRequest byPost() {
        Map<String, Object> contact = new LinkedHashMap<>(contact());
        contact.remove("email");
        contact.put("postalAddress", Map.of("line1", givenName + " House, 1 Oak Lane", "line2", "Oakfield",
                "postcode", "OK1 2AB"));
        contact.put("preferredChannel", "LETTER");
        return withContact(contact, null);
    }

    /** The same referral, its family reading Braille: the case work team makes a Braille copy of each notice. */
    ReferralRequest inBraille() {
        Map<String, Object> contact = new LinkedHashMap<>(contact());
        contact.put("accessibleFormat", "BRAILLE");
        return withContact(contact, familyEmail);
    }

    private ReferralRequest withContact(Map<String, Object> contact, String email) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("familyContacts", List.of(contact));
        return new ReferralRequest(givenName, schoolEmail, email, copy);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> contact() {
        return ((List<Map<String, Object>>) body.get("familyContacts")).get(0);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> child() {
        return (Map<String, Object>) body.get("child");
    }

    static ReferralRequest forSpeechAndLanguage(String givenName, String run) {
        return forSpeechAndLanguage(givenName, ("family+" + givenName + "-" + run + "@example.org").toLowerCase(), run);
    }
}
