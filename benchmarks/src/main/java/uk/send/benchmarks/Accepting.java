package uk.send.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import uk.send.launcher.ServiceApi;

/**
 * A clinician accepting referrals onto the waiting list at a fixed rate, spread over the instances of triage-service
 * given. An acceptance refused under load is said (its status and answer) and made again once the load has passed, as
 * the clinician would, so that a measurement goes on with every referral waiting.
 */
final class Accepting {

    private Accepting() {
    }

    static void all(List<ServiceApi> instances, List<UUID> referrals, int ratePerSecond) throws Exception {
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        Queue<UUID> again = new ConcurrentLinkedQueue<>();
        FixedRateLoad.run(ratePerSecond, referrals.size(), 8, (n, due) -> {
            UUID referral = referrals.get(n);
            String refusal;
            try {
                ServiceApi.Answer answer = accept(instances.get(n % instances.size()), referral);
                if (answer.status() == 202) {
                    return true;
                }
                refusal = "HTTP " + answer.status() + ": " + answer.text();
            } catch (IllegalStateException noAnswer) {
                refusal = noAnswer.getMessage();
            }
            refusals.merge(refusal.length() > 300 ? refusal.substring(0, 300) : refusal, 1, Integer::sum);
            again.add(referral);
            return false;
        });
        if (!again.isEmpty()) {
            System.out.printf("%d of %d acceptances at %d/s were refused, made again one at a time: %s%n",
                    again.size(), referrals.size(), ratePerSecond, refusals);
            for (UUID referral : again) {
                // 409: the first attempt went through after all.
                accept(instances.get(0), referral).expect(202, 409);
            }
        }
    }

    private static ServiceApi.Answer accept(ServiceApi clinician, UUID referral) {
        return clinician.post("triage-service", "/api/triage/referrals/" + referral + "/accept", "clinician.salt",
                Map.of("priority", "ROUTINE"));
    }
}
