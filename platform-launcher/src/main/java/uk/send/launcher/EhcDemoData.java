package uk.send.launcher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EHC plan process in the demo: assessments at every step (one finished with an exception, one running late with
 * its health advice late), health advice due and late for the demo speech and language therapist, and annual reviews
 * held on time, overdue, and awaiting an amended plan. Entered through the APIs as the SENCO and the case worker
 * would; a child registered already (an earlier, interrupted load) is passed over.
 */
final class EhcDemoData {

    private static final String SALT = "SPEECH_AND_LANGUAGE_THERAPY";

    private final ServiceApi api;
    private final LocalDate today = LocalDate.now();
    private final List<String> assessments = new ArrayList<>();

    EhcDemoData(ServiceApi api) {
        this.api = api;
    }

    /** Loads it; returns the assessments started. */
    List<String> load() {
        // Asked for by Oakfield's SENCO today: the decision is due in 6 weeks.
        Map<String, Object> requested = Map.of("child", Map.of("givenName", "Alfie", "familyName", "Rowe",
                "dateOfBirth", today.minusYears(7).minusMonths(3).toString(), "nhsNumber",
                DemoData.nhsNumber(960)));
        ServiceApi.Answer school = api.post("transition-service", "/api/ehc/assessment-requests", "senco.oakfield",
                requested).expect(200, 201);
        assessments.add(school.json().get("id").asText());

        // Being assessed, on time: health advice asked of speech and language therapy two weeks ago.
        String assessing = recorded("Bea", "Kaur", 961, weeksAgo(9), "PARENT");
        if (assessing != null) {
            decide(assessing, weeksAgo(5));
            advice(assessing, "HEALTH", SALT, weeksAgo(2));
            advice(assessing, "SOCIAL_CARE", null, weeksAgo(2));
        }

        // Running late: decided after its 6 weeks, and the therapists' advice is a week past its 6 weeks.
        String late = recorded("Caleb", "Shaw", 962, weeksAgo(17), "SCHOOL");
        if (late != null) {
            decide(late, weeksAgo(8));
            advice(late, "HEALTH", SALT, weeksAgo(7));
            advice(late, "EDUCATIONAL_PSYCHOLOGY", null, weeksAgo(7));
            api.post("transition-service", "/api/ehc/advice-requests/" + adviceId(late, "EDUCATIONAL_PSYCHOLOGY")
                    + "/returned", "caseworker", Map.of("returnedOn", weeksAgo(2))).expect(200, 409);
        }

        // A draft with the family, who have until two weeks from its day to comment and name a school.
        String draft = recorded("Daisy", "Patel", 963, weeksAgo(16), "PARENT");
        if (draft != null) {
            decide(draft, weeksAgo(11));
            step(draft, "draft", Map.of("sentOn", today.minusDays(3).toString()));
        }

        // Final plans: one in week 18, one in week 23 with the family's exceptional circumstances recorded.
        String onTime = recorded("Elliot", "Ward", 964, today.minusWeeks(17).minusDays(3).toString(), "SCHOOL");
        if (onTime != null) {
            decide(onTime, weeksAgo(13));
            step(onTime, "draft", Map.of("sentOn", weeksAgo(3)));
            step(onTime, "final-plan", Map.of("issuedOn", today.toString()));
        }
        String excepted = recorded("Fern", "Lloyd", 965, weeksAgo(23), "PARENT");
        if (excepted != null) {
            decide(excepted, weeksAgo(18));
            step(excepted, "exceptions", Map.of("limit", "FINAL_PLAN", "reason", "PERSONAL_CIRCUMSTANCES",
                    "note", "A long hospital stay for Fern in weeks 12 to 18 delayed the health advice."));
            step(excepted, "draft", Map.of("sentOn", weeksAgo(3)));
            step(excepted, "final-plan", Map.of("issuedOn", today.minusDays(2).toString()));
        }

        // Ended without a plan: not assessed; assessed, with no plan to be issued.
        String notAssessed = recorded("Gabriel", "Yates", 966, weeksAgo(5), "PARENT");
        if (notAssessed != null) {
            step(notAssessed, "decision", Map.of("assess", false, "decidedOn", weeksAgo(1)));
        }
        String noPlan = recorded("Hana", "Sato", 967, weeksAgo(15), "SCHOOL");
        if (noPlan != null) {
            decide(noPlan, weeksAgo(10));
            step(noPlan, "no-plan", Map.of("noticeSentOn", today.minusDays(1).toString()));
        }

        reviews();
        return assessments;
    }

    /** Annual reviews: held on time and maintained; overdue; one amended plan late, one still within its 8 weeks. */
    private void reviews() {
        String heldOnTime = child("Ivo", "Bell", 970, today.minusMonths(11).minusWeeks(2));
        if (heldOnTime != null) {
            String review = held(heldOnTime, today.minusDays(1));
            api.post("transition-service", "/api/ehc/reviews/" + review + "/decision", "caseworker",
                    Map.of("decision", "MAINTAIN", "decidedOn", today.toString())).expect(200, 409);
        }
        child("Juno", "Hart", 971, today.minusMonths(14));
        String amendedLate = child("Kit", "Moss", 972, today.minusMonths(13));
        if (amendedLate != null) {
            String review = held(amendedLate, today.minusWeeks(10));
            api.post("transition-service", "/api/ehc/reviews/" + review + "/decision", "caseworker",
                    Map.of("decision", "AMEND", "decidedOn", weeksAgo(9))).expect(200, 409);
        }
        String amending = child("Lola", "Price", 973, today.minusMonths(12).minusWeeks(1));
        if (amending != null) {
            String review = held(amending, today.minusWeeks(4));
            api.post("transition-service", "/api/ehc/reviews/" + review + "/decision", "caseworker",
                    Map.of("decision", "AMEND", "decidedOn", weeksAgo(3))).expect(200, 409);
        }
    }

    /** A request the case worker records, for a child registered for it; null if the child was there already. */
    private String recorded(String givenName, String familyName, int seed, String receivedOn, String by) {
        String child = child(givenName, familyName, seed, null);
        if (child == null) {
            return null;
        }
        String id = api.post("transition-service", "/api/ehc/assessment-requests", "caseworker",
                Map.of("childId", child, "requestedOn", receivedOn, "requestedBy", by)).expect(200, 201).json()
                .get("id").asText();
        assessments.add(id);
        return id;
    }

    private String child(String givenName, String familyName, int seed, LocalDate planIssuedOn) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("givenName", givenName);
        child.put("familyName", familyName);
        child.put("dateOfBirth", today.minusYears(6 + seed % 7).minusDays(seed).toString());
        child.put("nhsNumber", DemoData.nhsNumber(seed));
        child.put("setting", "MAINSTREAM");
        child.put("schoolUrn", seed % 2 == 0 ? DemoData.OAKFIELD : DemoData.RIVERSIDE);
        child.put("ehcPlan", planIssuedOn != null);
        if (planIssuedOn != null) {
            child.put("ehcPlanIssuedOn", planIssuedOn.toString());
        }
        child.put("socialCareInvolved", false);
        ServiceApi.Answer answer = api.post("transition-service", "/api/children", "caseworker", child)
                .expect(201, 409);
        return answer.status() == 201 ? answer.json().get("childId").asText() : null;
    }

    private String held(String child, LocalDate on) {
        return api.post("transition-service", "/api/ehc/children/" + child + "/reviews", "caseworker",
                Map.of("heldOn", on.toString())).expect(200, 201).json().get("reviewId").asText();
    }

    private void decide(String assessment, String on) {
        step(assessment, "decision", Map.of("assess", true, "decidedOn", on));
    }

    private void advice(String assessment, String kind, String service, String on) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        if (service != null) {
            body.put("service", service);
        }
        body.put("requestedOn", on);
        step(assessment, "advice-requests", body);
    }

    private String adviceId(String assessment, String kind) {
        for (var advice : api.get("transition-service", "/api/ehc/assessments/" + assessment, "caseworker")
                .expect(200).json().get("advice")) {
            if (advice.get("kind").asText().equals(kind)) {
                return advice.get("id").asText();
            }
        }
        throw new IllegalStateException("No " + kind + " advice asked for " + assessment);
    }

    private void step(String assessment, String step, Map<String, Object> body) {
        api.post("transition-service", "/api/ehc/assessments/" + assessment + "/" + step, "caseworker", body)
                .expect(200, 409);
    }

    private String weeksAgo(int weeks) {
        return today.minusWeeks(weeks).toString();
    }
}
