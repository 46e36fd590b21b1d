package uk.send.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.send.identifiers.NhsNumber;

/**
 * The local run's demo data, entered through the services' own APIs as the demo users, so every event, notice and
 * queue is real: two schools, a dozen children aged 3 to 19 (every transition type shows, one child is in
 * alternative provision), referrals in every state, a young person of 17 whose CAMHS referral is being planned for
 * hand-over to adult mental health services, a speech and language therapy waiting list long enough, with
 * children already seen, for its wait estimate to mean something, and the EHC plan process at every step
 * ({@link EhcDemoData}). Loaded once; a marker in the platform's home says so.
 */
public final class DemoData {

    static final String OAKFIELD = "100001";
    static final String RIVERSIDE = "100002";
    static final String PARENT = "parent.oakfield";
    static final String PARENT_EMAIL = "parent.oakfield@example.org";

    private static final String SALT = "SPEECH_AND_LANGUAGE_THERAPY";
    private static final String CAMHS = "CAMHS";
    private static final String PAEDIATRICS = "COMMUNITY_PAEDIATRICS";
    private static final String NEURODEVELOPMENTAL = "NEURODEVELOPMENTAL_ASSESSMENT";

    private static final List<String> GIVEN_NAMES = List.of("Amara", "Ben", "Chloe", "Dylan", "Ella", "Finn",
            "Grace", "Harry", "Isla", "Jack", "Keira", "Leo", "Maya", "Noah", "Olivia", "Priya", "Quinn", "Rhys",
            "Sofia", "Tom", "Usman", "Violet", "Wren", "Yusuf", "Zara", "Aled", "Bethan", "Cerys");
    private static final List<String> FAMILY_NAMES = List.of("Ahmed", "Brown", "Clarke", "Davies", "Evans",
            "Fraser", "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak");

    private final ServiceApi api;
    private final FamilyInvitations invitations;
    private int nextChild;

    public DemoData(PlatformSettings settings, ServiceApi api) {
        this.api = api;
        this.invitations = new FamilyInvitations(settings, api);
    }

    /** Loads the demo data unless the marker says it is there already; returns a line for the welcome text. */
    public static String loadOnce(PlatformSettings settings) throws Exception {
        // Kept beside the data it describes: deleting the data loads the demo again.
        Path marker = settings.home().resolve("data").resolve("demo-data-loaded");
        if (Files.exists(marker)) {
            return "Demo data: loaded on an earlier start (delete " + settings.home() + " to start afresh)";
        }
        DemoData demo = new DemoData(settings, new ServiceApi(settings));
        String summary = demo.load().summary();
        Files.writeString(marker, Instant.now() + " " + summary + "\n");
        return "Demo data: " + summary;
    }

    /**
     * What was loaded: the children registered for transition planning, the referrals submitted, and the EHC needs
     * assessments started (their children registered for them).
     */
    public record Loaded(List<UUID> children, List<UUID> referrals, List<String> assessments) {

        public String summary() {
            return children.size() + " children registered, " + referrals.size() + " referrals, "
                    + assessments.size() + " EHC needs assessments";
        }
    }

    /**
     * Loads the demo data. Safe to run again after a start that stopped half-way: referrals carry idempotency keys,
     * and a decision or child already recorded answers 409 and is passed over.
     */
    public Loaded load() {
        List<UUID> children = registerChildren();
        List<UUID> referrals = new ArrayList<>();

        // The family of the first Oakfield child is invited by email; signed in as parent.oakfield, they enter the
        // code from that email and from then on see this referral and its notices.
        UUID parentsChild = submit("senco.oakfield", OAKFIELD, SALT, PARENT_EMAIL, 6, false, false);
        linkParent(parentsChild);
        accept("clinician.salt", parentsChild, "ROUTINE");
        referrals.add(parentsChild);

        // Speech and language therapy: a long waiting list that has been moving, so its estimate means something.
        String[] priorities = {"ROUTINE", "ROUTINE", "PRIORITY", "ROUTINE", "URGENT", "ROUTINE"};
        // Most of it was carried over from the previous system with the day each referral was first received.
        for (int i = 0; i < 24; i++) {
            String school = i % 2 == 0 ? OAKFIELD : RIVERSIDE;
            int weeksAgo = i < 8 ? 75 - i * 3 : 26 - (i - 8) * 3 / 2;
            UUID id = carryOver(school, SALT, 5 + i % 9, i % 7 == 3, weeksAgo);
            accept("clinician.salt", id, priorities[i % priorities.length]);
            referrals.add(id);
            if (i < 6) {
                api.post("triage-service", "/api/triage/referrals/" + id + "/start", "clinician.salt", Map.of())
                        .expect(202, 409);
            }
            if (i < 2) {
                close("clinician.salt", id, "COMPLETED",
                        "Therapy finished: the school has a programme to carry on with at home and in class.");
            }
        }
        UUID deteriorated = referrals.get(10);
        api.post("triage-service", "/api/triage/referrals/" + deteriorated + "/reprioritise", "clinician.salt",
                Map.of("priority", "URGENT", "reasonCategory", "DETERIORATION",
                        "reason", "The school reports that speech has become much harder to understand."))
                .expect(202, 409);
        api.post("triage-service", "/api/triage/referrals/" + referrals.get(14) + "/reprioritise", "clinician.salt",
                Map.of("priority", "URGENT", "reasonCategory", "SAFEGUARDING",
                        "reason", "A safeguarding concern has been raised at home.")).expect(202, 409);

        // CAMHS: waiting for triage, one with a safeguarding concern, one waiting for the school to answer.
        referrals.add(submit("senco.riverside", RIVERSIDE, CAMHS, null, 14, false, true));
        referrals.add(submit("senco.oakfield", OAKFIELD, CAMHS, null, 9, false, false));
        UUID question = submit("senco.riverside", RIVERSIDE, CAMHS, null, 12, false, false);
        api.post("triage-service", "/api/triage/referrals/" + question + "/request-information", "clinician.camhs",
                Map.of("question", "Has the school's mental health lead met the young person yet?"))
                .expect(202, 409);
        referrals.add(question);

        // CAMHS: a young person of 17 years 8 months, waiting since last year. Hand-over to adult mental health
        // services is being planned; on their 18th birthday the referral moves there with the day it was first
        // received, so the wait is not lost.
        UUID handover = carryOver(RIVERSIDE, CAMHS, LocalDate.now().minusYears(17).minusMonths(8), false, 40);
        accept("clinician.camhs", handover, "ROUTINE");
        referrals.add(handover);

        // Community paediatrics: one declined with signposting, one withdrawn by the school.
        UUID declined = submit("senco.oakfield", OAKFIELD, PAEDIATRICS, null, 8, false, false);
        api.post("triage-service", "/api/triage/referrals/" + declined + "/decline", "clinician.paeds", Map.of(
                "reason", "The concerns described are best met by the school nursing team first.",
                "signposting", List.of("School nursing team: 01234 567800",
                        "Family hub drop-in, Tuesdays 10 to 12"))).expect(202, 409);
        referrals.add(declined);
        UUID withdrawn = submit("senco.riverside", RIVERSIDE, PAEDIATRICS, null, 10, true, false);
        api.post("referral-service", "/api/referrals/" + withdrawn + "/withdraw", "senco.riverside",
                Map.of("reason", "The family has moved to another area.")).expect(200, 409);
        referrals.add(withdrawn);

        // Neurodevelopmental assessment: complex health needs go to the front of the triage queue.
        referrals.add(submit("senco.oakfield", OAKFIELD, NEURODEVELOPMENTAL, null, 7, true, false));
        referrals.add(submit("senco.riverside", RIVERSIDE, NEURODEVELOPMENTAL, null, 11, false, false));

        return new Loaded(children, referrals, new EhcDemoData(api).load());
    }

    /** Links the demo parent's account to the referral, unless an earlier, interrupted load did already. */
    private void linkParent(UUID referral) {
        boolean linked = api.get("referral-service", "/api/family/referrals", PARENT).expect(200).json()
                .findValues("id").stream().anyMatch(id -> id.asText().equals(referral.toString()));
        if (!linked) {
            invitations.accept(PARENT, PARENT_EMAIL, referral);
        }
    }

    /** Children known to the partnership, aged 3 to 19, so that every kind of transition is coming up for one. */
    private List<UUID> registerChildren() {
        List<UUID> registered = new ArrayList<>();
        int[] ages = {3, 4, 6, 7, 10, 11, 13, 15, 16, 17, 18, 19};
        String[] settings = {"EARLY_YEARS", "EARLY_YEARS", "MAINSTREAM", "MAINSTREAM", "MAINSTREAM", "SPECIAL",
            "ALTERNATIVE_PROVISION", "MAINSTREAM", "SPECIAL", "POST_16", "POST_16", "POST_16"};
        for (int i = 0; i < ages.length; i++) {
            Map<String, Object> child = new LinkedHashMap<>();
            child.put("givenName", GIVEN_NAMES.get(GIVEN_NAMES.size() - 1 - i));
            child.put("familyName", FAMILY_NAMES.get(i % FAMILY_NAMES.size()));
            child.put("dateOfBirth", dateOfBirth(ages[i], i).toString());
            child.put("nhsNumber", nhsNumber(900 + i));
            child.put("setting", settings[i]);
            child.put("schoolUrn", i % 2 == 0 ? OAKFIELD : RIVERSIDE);
            child.put("separateJuniorSchool", ages[i] == 6);
            child.put("ehcPlan", i % 3 != 1);
            if (i % 3 == 0) {
                child.put("ehcPlanLastReviewed", LocalDate.now().minusMonths(4 + i).toString());
            }
            child.put("socialCareInvolved", i % 4 == 2);
            ServiceApi.Answer answer = api.post("transition-service", "/api/children", "caseworker", child)
                    .expect(201, 409);
            if (answer.status() == 201) {
                UUID id = UUID.fromString(answer.json().get("childId").asText());
                registered.add(id);
                correct(id, ages[i]);
            }
        }
        return registered;
    }

    /**
     * Corrections a case worker makes: the 7-year-old lives in a three-tier area (middle school from Year 5), and
     * the 16-year-old in Year 12 is to move to another college in three months.
     */
    private void correct(UUID child, int age) {
        if (age == 7) {
            api.patch("transition-service", "/api/children/" + child, "caseworker",
                    Map.of("threeTier", Map.of("middleSchoolFrom", 5, "upperSchoolFrom", 9))).expect(200);
        } else if (age == 16) {
            api.patch("transition-service", "/api/children/" + child, "caseworker",
                    Map.of("post16MoveOn", LocalDate.now().plusMonths(3).toString())).expect(200);
        }
    }

    /**
     * The 16-year-old was 16 on the last 31 August, so is in Year 12. The 17-year-old turns 18 in about three months
     * and the 18-year-old 19 in about four, so the hand-over to adult services and the move to post-19 education fall
     * inside the next six months; the others are spread.
     */
    private static LocalDate dateOfBirth(int age, int i) {
        LocalDate today = LocalDate.now();
        return switch (age) {
            case 16 -> {
                LocalDate lastThirtyFirstAugust = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear()
                        : today.getYear() - 1, 8, 31);
                yield lastThirtyFirstAugust.minusYears(16).minusDays(30);
            }
            case 17 -> today.minusYears(18).plusDays(95);
            case 18 -> today.minusYears(19).plusDays(125);
            default -> today.minusYears(age).minusDays(40L * i + 20);
        };
    }

    private UUID submit(String senco, String school, String service, String familyEmail, int age,
            boolean complexHealthNeeds, boolean safeguardingConcern) {
        Map<String, Object> body = referral(school, service, familyEmail, age, complexHealthNeeds,
                safeguardingConcern);
        String id = api.post("referral-service", "/api/referrals", senco, body,
                Map.of("Idempotency-Key", "demo-" + nextChild)).expect(200, 201).json().get("id").asText();
        UUID referral = UUID.fromString(id);
        awaitFiled(senco, referral);
        return referral;
    }

    /** A referral from the previous system, received this many weeks ago. */
    private UUID carryOver(String school, String service, int age, boolean complexHealthNeeds, int weeksAgo) {
        return carryOver(school, service, LocalDate.now().minusYears(age).minusDays(23L * nextChild % 300),
                complexHealthNeeds, weeksAgo);
    }

    private UUID carryOver(String school, String service, LocalDate dateOfBirth, boolean complexHealthNeeds,
            int weeksAgo) {
        Map<String, Object> body = referral(school, service, null, dateOfBirth, complexHealthNeeds, false);
        String id = api.post("referral-service", "/api/referrals/migrated", "caseworker", Map.of(
                "referral", body,
                "receivedAt", Instant.now().minus(Duration.ofDays(7L * weeksAgo)).toString(),
                "previousReference", "DEMO-" + nextChild)).expect(200, 201).json().get("id").asText();
        UUID referral = UUID.fromString(id);
        awaitFiled("caseworker", referral);
        return referral;
    }

    private Map<String, Object> referral(String school, String service, String familyEmail, int age,
            boolean complexHealthNeeds, boolean safeguardingConcern) {
        return referral(school, service, familyEmail, LocalDate.now().minusYears(age).minusDays(23L * nextChild % 300),
                complexHealthNeeds, safeguardingConcern);
    }

    private Map<String, Object> referral(String school, String service, String familyEmail, LocalDate dateOfBirth,
            boolean complexHealthNeeds, boolean safeguardingConcern) {
        int n = nextChild++;
        String given = GIVEN_NAMES.get(n % GIVEN_NAMES.size());
        String family = FAMILY_NAMES.get((n * 5) % FAMILY_NAMES.size());
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("givenName", given);
        child.put("familyName", family);
        child.put("dateOfBirth", dateOfBirth.toString());
        child.put("nhsNumber", nhsNumber(100 + n));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", "Sam " + family);
        contact.put("relationship", n % 3 == 0 ? "father" : "mother");
        contact.put("email", familyEmail != null ? familyEmail
                : (given + "." + family + ".family@example.org").toLowerCase());
        contact.put("preferredChannel", "EMAIL");
        contact.put("language", n % 11 == 4 ? "cy" : "en");
        contact.put("accessibleFormat", "NONE");
        if (familyEmail == null) {
            // Families as they are: some told by text (Ofcom's numbers for drama), some by post, some large print,
            // some reading Braille, so the print queue and the case workers' requests have something in them.
            switch (n % 9) {
                case 2 -> {
                    contact.put("mobile", "07700 900" + (100 + n % 900));
                    contact.put("preferredChannel", "SMS");
                }
                case 5 -> {
                    contact.remove("email");
                    contact.put("postalAddress", Map.of("line1", (n + 1) + " Mill Lane", "line2", "Oakfield",
                            "postcode", "OK1 " + (n % 9 + 1) + "AB"));
                    contact.put("preferredChannel", "LETTER");
                    contact.put("accessibleFormat", n % 2 == 0 ? "LARGE_PRINT" : "NONE");
                }
                case 7 -> contact.put("accessibleFormat", "BRAILLE");
                default -> {
                    // Email, in the usual format.
                }
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("child", child);
        body.put("schoolUrn", school);
        body.put("schoolContact", Map.of("name", school.equals(OAKFIELD) ? "Ms Patel" : "Mr Okafor",
                "email", school.equals(OAKFIELD) ? "senco@oakfield.example.org" : "senco@riverside.example.org"));
        body.put("service", service);
        body.put("reason", reasonFor(service));
        body.put("complexHealthNeeds", complexHealthNeeds);
        body.put("safeguardingConcern", safeguardingConcern);
        body.put("familyContacts", List.of(contact));
        body.put("consent", Map.of("familyConsentToShare", true, "recordedBy", "SENCO",
                "recordedAt", Instant.now().minusSeconds(86_400).toString()));
        return body;
    }

    private void accept(String clinician, UUID id, String priority) {
        api.post("triage-service", "/api/triage/referrals/" + id + "/accept", clinician, Map.of("priority", priority))
                .expect(202, 409);
    }

    private void close(String clinician, UUID id, String outcome, String summary) {
        api.post("triage-service", "/api/triage/referrals/" + id + "/close", clinician,
                Map.of("outcome", outcome, "summary", summary)).expect(202, 409);
    }

    /**
     * Triage acts on a referral once triage-service has filed it, which it does from the submitted event; a referral
     * of an earlier, interrupted load may have moved on further.
     */
    private void awaitFiled(String user, UUID id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while ("SUBMITTED".equals(api.get("referral-service", "/api/referrals/" + id, user).json().path("status")
                .asText("SUBMITTED"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Referral " + id + " was not filed for triage");
            }
            pause();
        }
    }

    private static String reasonFor(String service) {
        return switch (service) {
            case SALT -> "Limited expressive language; frustration in class when not understood.";
            case CAMHS -> "Low mood and withdrawal over two terms; attendance has fallen.";
            case PAEDIATRICS -> "Frequent absences for health reasons; the family asks for a health review.";
            default -> "Difficulties with attention and social communication at home and at school.";
        };
    }

    private static String senco(String school) {
        return school.equals(OAKFIELD) ? "senco.oakfield" : "senco.riverside";
    }

    /** A valid NHS number (modulus 11 check digit) in the 999 range kept for tests and demonstrations. */
    public static String nhsNumber(int seed) {
        for (int base = 999_000_000 + seed * 10; ; base += 1) {
            for (int check = 0; check <= 9; check++) {
                String candidate = String.valueOf(base) + check;
                if (NhsNumber.isValid(candidate)) {
                    return candidate;
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
