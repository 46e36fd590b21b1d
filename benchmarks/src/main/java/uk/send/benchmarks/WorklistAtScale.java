package uk.send.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

import uk.send.launcher.Platform;
import uk.send.launcher.ServiceApi;

/**
 * The queries people wait on, timed through the API with the referrals a region accumulates: a clinician's triage
 * worklist, and the referral list as a SENCO, a clinician and a case worker see it.
 */
final class WorklistAtScale {

    /** What is asked, of which service, as whom. */
    record Query(String name, String service, String path, String user) {
    }

    static final List<Query> QUERIES = List.of(
            new Query("triage worklist (clinician, speech and language)", "triage-service", "/api/triage/queue",
                    "clinician.salt"),
            new Query("referral list (SENCO, one school)", "referral-service", "/api/referrals", "senco.oakfield"),
            new Query("referral list (clinician, one service)", "referral-service", "/api/referrals",
                    "clinician.salt"),
            new Query("referral list (case worker, all)", "referral-service", "/api/referrals", "caseworker"),
            new Query("referral list (case worker, awaiting triage)", "referral-service",
                    "/api/referrals?status=IN_TRIAGE", "caseworker"));

    private static final Duration TIME_BOX = Duration.ofSeconds(20);
    private static final int WARM_UP = 20;
    private static final int AT_LEAST = 20;

    record Size(long referrals, Map<String, Latency> latencies, Map<String, Integer> bytes) {
    }

    private WorklistAtScale() {
    }

    static List<Size> run(Platform platform, BenchmarkSettings settings) throws Exception {
        ServiceApi api = new ServiceApi(platform.settings());
        List<Size> sizes = new ArrayList<>();
        try {
            for (int size : settings.worklistSizes()) {
                long begin = System.nanoTime();
                long stored = BulkReferrals.fillTo(platform, size);
                System.out.printf("Worklist: %,d referrals stored (loaded in %.0f s)%n", stored,
                        (System.nanoTime() - begin) / 1e9);
                Map<String, Latency> latencies = new LinkedHashMap<>();
                Map<String, Integer> bytes = new LinkedHashMap<>();
                for (Query query : QUERIES) {
                    ServiceApi.Answer answer = api.get(query.service(), query.path(), query.user()).expect(200);
                    bytes.put(query.name(), answer.text().length());
                    Latency latency = time(api, query, settings.worklistSamples());
                    latencies.put(query.name(), latency);
                    System.out.printf("  %-48s %s, %,d bytes%n", query.name(), latency, answer.text().length());
                }
                sizes.add(new Size(stored, latencies, bytes));
            }
        } finally {
            BulkReferrals.removeAll(platform);
        }
        return sizes;
    }

    /** One client asking again and again, as a clinician refreshing a page: warm-up first, then timed. */
    private static Latency time(ServiceApi api, Query query, int samples) {
        long warm = System.nanoTime() + TIME_BOX.toNanos() / 2;
        for (int i = 0; i < WARM_UP && System.nanoTime() < warm; i++) {
            api.get(query.service(), query.path(), query.user()).expect(200);
        }
        Histogram latencies = Latency.histogram();
        long stop = System.nanoTime() + TIME_BOX.toNanos();
        for (int i = 0; i < samples && (i < AT_LEAST || System.nanoTime() < stop); i++) {
            long begin = System.nanoTime();
            api.get(query.service(), query.path(), query.user()).expect(200);
            latencies.recordValue((System.nanoTime() - begin) / 1000);
        }
        return Latency.of(latencies);
    }
}
