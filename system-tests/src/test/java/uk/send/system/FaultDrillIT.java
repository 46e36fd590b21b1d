package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import uk.send.launcher.LocalMail;
import uk.send.launcher.Platform;
import uk.send.launcher.ServiceApi;

/**
 * The closure guarantee under faults: closures are made in four rounds while, in turn, notification-service and
 * referral-service are killed with kill -9 and started again, the Kafka broker is stopped and started, and
 * PostgreSQL is restarted. Afterwards every referral is closed and its school and family were each told once.
 * One family in ten is written to by post alone, and one in ten reads Braille: a letter counts once it is in the print
 * queue exactly once (and as told once posted), a Braille reader once their email went once and one request for
 * their Braille copy is open (and as told once it is done). {@code -Ddrill.closures=1000} runs the full-size drill;
 * the default is 200.
 */
class FaultDrillIT {

    private static final int CLOSURES = Integer.getInteger("drill.closures", 200);
    private static final String CLOSED = "is now closed";

    private final String run = Long.toString(System.nanoTime(), 36);
    private Platform platform;
    private ServiceApi api;
    private LocalMail mail;

    private record Referral(UUID id, ReferralRequest request) {
    }

    @Test
    void everyClosureIsNotifiedOnceToTheSchoolAndTheFamilyThroughCrashesAndOutages() throws Exception {
        platform = PlatformUnderTest.get();
        api = new ServiceApi(platform.settings());
        mail = platform.mail();
        List<Referral> referrals = waitingReferrals(CLOSURES);

        int round = (CLOSURES + 3) / 4;
        ExecutorService outages = Executors.newSingleThreadExecutor();
        try {
            // Round 1: notification-service dies a third of the way through and comes back at the end.
            closeRound(referrals.subList(0, round), () -> platform.service("notification-service").kill());
            platform.service("notification-service").start();
            // Round 2: referral-service, which owns every referral's status, dies likewise.
            closeRound(referrals.subList(round, 2 * round), () -> platform.service("referral-service").kill());
            platform.service("referral-service").start();
            // Round 3: the broker is down for ten seconds while closures go on.
            List<Future<?>> down = new ArrayList<>();
            closeRound(referrals.subList(2 * round, 3 * round), () -> down.add(outages.submit(() -> {
                platform.restart("kafka", Duration.ofSeconds(10));
                return null;
            })));
            for (Future<?> outage : down) {
                outage.get();
            }
            // Round 4: the database restarts under the services.
            down.clear();
            closeRound(referrals.subList(3 * round, referrals.size()), () -> down.add(outages.submit(() -> {
                platform.restart("postgresql", Duration.ofSeconds(5));
                return null;
            })));
            for (Future<?> outage : down) {
                outage.get();
            }
        } finally {
            outages.shutdown();
        }

        awaitAllClosed(referrals);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline) && told(referrals) < 2 * referrals.size()) {
            Thread.sleep(1000);
        }
        Thread.sleep(5000);
        Map<String, List<MimeMessage>> mailbox = closuresByRecipient();
        Map<UUID, Integer> letters = readyLettersByNotice();

        int expected = 2 * referrals.size();
        int delivered = 0;
        int duplicated = 0;
        int copies = 0;
        int byPost = 0;
        int inBraille = 0;
        for (Referral referral : referrals) {
            List<String> emailed = new ArrayList<>(List.of(referral.request().schoolEmail()));
            if (referral.request().familyEmail() == null) {
                byPost++;
                int queued = letters.getOrDefault(familyClosureNotice(referral.id()), 0);
                delivered += Math.min(queued, 1);
                duplicated += Math.max(queued - 1, 0);
            } else {
                emailed.add(referral.request().familyEmail());
            }
            for (String address : emailed) {
                List<MimeMessage> messages = mailbox.getOrDefault(address, List.of());
                int distinct = Notices.distinct(messages);
                delivered += Math.min(distinct, 1);
                duplicated += Math.max(distinct - 1, 0);
                copies += messages.size() - distinct;
            }
        }
        // The print room posts the letters, and the case work team makes each Braille copy, once.
        Set<UUID> drill = new HashSet<>();
        referrals.forEach(r -> drill.add(r.id()));
        postEveryLetterOf(drill);
        Map<UUID, Integer> brailleRequests = new HashMap<>();
        for (JsonNode request : api.get("notification-service", "/api/format-requests?status=OPEN&limit=1000",
                "caseworker").expect(200).json()) {
            UUID referral = UUID.fromString(request.path("referralId").asText());
            if (drill.contains(referral)) {
                if (request.path("subject").asText().contains(CLOSED)) {
                    brailleRequests.merge(referral, 1, Integer::sum);
                }
                api.post("notification-service", "/api/format-requests/" + request.path("id").asText() + "/done",
                        "caseworker", Map.of()).expect(200);
            }
        }
        for (Referral referral : referrals) {
            if (isBraille(referral)) {
                inBraille++;
                int requests = brailleRequests.getOrDefault(referral.id(), 0);
                duplicated += Math.max(requests - 1, 0);
                delivered -= requests == 0 ? 1 : 0;
            }
        }

        Instant told = Instant.now().plus(Duration.ofMinutes(1));
        JsonNode audit = api.get("notification-service", "/api/closure-audit", "caseworker").expect(200).json();
        while (Instant.now().isBefore(told) && stillToTell(audit, drill) > 0) {
            Thread.sleep(1000);
            audit = api.get("notification-service", "/api/closure-audit", "caseworker").expect(200).json();
        }
        long drillExceptions = 0;
        for (JsonNode id : audit.get("notNotifiedWithinSla")) {
            drillExceptions += drill.contains(UUID.fromString(id.asText())) ? 1 : 0;
        }
        long untold = stillToTell(audit, drill);
        System.out.printf("Fault drill: %d closures (%d families by post, %d reading Braille) through "
                + "notification-service kill -9, referral-service kill -9, Kafka stop/start and PostgreSQL restart; "
                + "notices expected %d, delivered %d, lost %d, duplicated %d; copies re-sent with the same "
                + "Message-ID %d; closure audit exceptions %d, still to tell once posted and made %d%n",
                referrals.size(), byPost, inBraille, expected, delivered, expected - delivered, duplicated, copies,
                drillExceptions, untold);

        assertThat(delivered).as("closure notices delivered").isEqualTo(expected);
        assertThat(duplicated).as("recipients told of one closure twice").isZero();
        assertThat(drillExceptions).as("closures the audit says were not notified").isZero();
        assertThat(untold).as("closures the audit still waits for, once every letter is posted and copy made")
                .isZero();
    }

    private static boolean isBraille(Referral referral) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> contacts = (List<Map<String, Object>>) referral.request().body()
                .get("familyContacts");
        return "BRAILLE".equals(contacts.get(0).get("accessibleFormat"));
    }

    private static long stillToTell(JsonNode audit, Set<UUID> drill) {
        long untold = 0;
        for (JsonNode id : audit.get("stillToTell")) {
            untold += drill.contains(UUID.fromString(id.asText())) ? 1 : 0;
        }
        return untold;
    }

    /** The letters waiting to be posted, counted by the notice each is for. */
    private Map<UUID, Integer> readyLettersByNotice() {
        Map<UUID, Integer> letters = new HashMap<>();
        for (JsonNode letter : api.get("notification-service", "/api/letters?status=READY&limit=2000", "caseworker")
                .expect(200).json()) {
            letters.merge(UUID.fromString(letter.path("noticeId").asText()), 1, Integer::sum);
        }
        return letters;
    }

    /** The id of the family's closure notice of a referral; null while there is none. */
    private UUID familyClosureNotice(UUID referral) {
        for (JsonNode notice : api.get("notification-service", "/api/notifications?referralId=" + referral,
                "caseworker").expect(200).json()) {
            if ("CLOSED".equals(notice.path("about").asText())
                    && "FAMILY".equals(notice.path("recipientType").asText())) {
                return UUID.fromString(notice.path("id").asText());
            }
        }
        return null;
    }

    private void postEveryLetterOf(Set<UUID> referrals) {
        for (JsonNode letter : api.get("notification-service", "/api/letters?status=READY&limit=2000", "caseworker")
                .expect(200).json()) {
            if (referrals.contains(UUID.fromString(letter.path("referralId").asText()))) {
                api.post("notification-service", "/api/letters/" + letter.path("id").asText() + "/posted",
                        "caseworker", Map.of()).expect(200);
            }
        }
    }

    /** Referrals accepted onto the waiting list, each with a school and a family address of its own. */
    private List<Referral> waitingReferrals(int count) {
        List<Referral> referrals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ReferralRequest request = ReferralRequest.forSpeechAndLanguage("Drill" + i, run);
            if (i % 10 == 3) {
                request = request.byPost();
            } else if (i % 10 == 7) {
                request = request.inBraille();
            }
            UUID id = UUID.fromString(api.post("referral-service", "/api/referrals", "senco.oakfield",
                    request.body()).expect(201).json().get("id").asText());
            referrals.add(new Referral(id, request));
        }
        for (Referral referral : referrals) {
            awaitStatus(referral.id(), "IN_TRIAGE");
            api.post("triage-service", "/api/triage/referrals/" + referral.id() + "/accept", "clinician.salt",
                    Map.of("priority", "ROUTINE")).expect(202);
        }
        for (Referral referral : referrals) {
            awaitStatus(referral.id(), "ACCEPTED_WAITING");
        }
        return referrals;
    }

    /**
     * Closes each referral as a clinician would, retrying while the service cannot answer; the fault strikes a third
     * of the way in.
     */
    private void closeRound(List<Referral> round, Runnable fault) throws InterruptedException {
        for (int i = 0; i < round.size(); i++) {
            if (i == round.size() / 3) {
                fault.run();
            }
            close(round.get(i).id());
        }
    }

    private void close(UUID id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            try {
                int status = api.post("triage-service", "/api/triage/referrals/" + id + "/close", "clinician.salt",
                        Map.of("outcome", "DISCHARGED", "summary", "Discharged: the family moved away.")).status();
                // 409: an attempt whose answer was lost went through, and the referral is closing already.
                if (status == 202 || status == 409) {
                    return;
                }
            } catch (IllegalStateException noAnswer) {
                // The service or its database is down for the moment: try again, as a clinician would.
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Could not close " + id);
            }
            Thread.sleep(500);
        }
    }

    private void awaitAllClosed(List<Referral> referrals) throws InterruptedException {
        for (Referral referral : referrals) {
            awaitStatus(referral.id(), "CLOSED");
        }
    }

    private void awaitStatus(UUID id, String status) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!status.equals(statusOf(id))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(id + " never reached " + status + "; it is " + statusOf(id));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String statusOf(UUID id) {
        try {
            return api.get("referral-service", "/api/referrals/" + id, "caseworker").json().path("status").asText();
        } catch (IllegalStateException noAnswer) {
            return "unknown: referral-service did not answer";
        }
    }

    /** How many of the closures' recipients have their notice: in their mailbox, or in the print queue. */
    private int told(List<Referral> referrals) {
        Map<String, List<MimeMessage>> mailbox = closuresByRecipient();
        Map<UUID, Integer> letters = null;
        int told = 0;
        for (Referral referral : referrals) {
            told += mailbox.containsKey(referral.request().schoolEmail()) ? 1 : 0;
            if (referral.request().familyEmail() != null) {
                told += mailbox.containsKey(referral.request().familyEmail()) ? 1 : 0;
            } else {
                letters = letters == null ? readyLettersByNotice() : letters;
                UUID notice = familyClosureNotice(referral.id());
                told += notice != null && letters.containsKey(notice) ? 1 : 0;
            }
        }
        return told;
    }

    /** Closure notices by recipient address, read in one pass over the mailbox. */
    private Map<String, List<MimeMessage>> closuresByRecipient() {
        Map<String, List<MimeMessage>> byRecipient = new HashMap<>();
        for (MimeMessage message : mail.received()) {
            if (!LocalMail.text(message).contains(CLOSED)) {
                continue;
            }
            try {
                for (Address recipient : message.getAllRecipients()) {
                    byRecipient.computeIfAbsent(recipient.toString().toLowerCase(), a -> new ArrayList<>())
                            .add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return byRecipient;
    }

}
