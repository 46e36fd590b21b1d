package uk.send.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** A run's figures, written as JSON for machines and Markdown for people, from the same values. */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> run;
    private final ReferralIntake.Result intake;
    private final ClosureToNotification.Result closure;
    private final List<WorklistAtScale.Size> worklists;
    private final List<Footprint.Service> footprint;
    private final List<Goal> goals;

    Report(Map<String, Object> run, ReferralIntake.Result intake, ClosureToNotification.Result closure,
            List<WorklistAtScale.Size> worklists, List<Footprint.Service> footprint) {
        this.run = run;
        this.intake = intake;
        this.closure = closure;
        this.worklists = worklists;
        this.footprint = footprint;
        this.goals = goals();
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> json = new LinkedHashMap<>(run);
        json.put("intake", intake);
        json.put("closureToNotification", closure);
        json.put("worklistAtScale", worklists);
        json.put("footprint", footprint);
        json.put("ratios", Map.of(
                "intakeToJdbcLimit", round(intake.ratioToLimit()),
                "closureP99ToKafkaLimitP99", round(closure.ratioP99ToLimitAtTopRate())));
        json.put("goals", goals);
        Files.writeString(folder.resolve("report.json"), JSON.writeValueAsString(json));
        Files.writeString(folder.resolve("report.md"), markdown());
    }

    private List<Goal> goals() {
        ClosureToNotification.Phase top = closure.phases().get(closure.phases().size() - 1);
        WorklistAtScale.Size largest = worklists.get(worklists.size() - 1);
        double worstWorklist = largest.latencies().values().stream().mapToDouble(Latency::p99).max().orElse(0);
        double slowestStart = footprint.stream().mapToDouble(Footprint.Service::startedAloneSeconds).max().orElse(0);
        return List.of(
                new Goal("Intake at least half the raw JDBC rate", "%.2f of the limit (%.0f/s of %.0f/s)".formatted(
                        intake.ratioToLimit(), intake.sustainedPerSecond(), intake.limit().perSecond()),
                        intake.ratioToLimit() >= 0.5),
                new Goal("Intake p99 under 100 ms", "p99 %.1f ms at %.0f/s; %s".formatted(
                        intake.latencyAtSustained().p99(), intake.sustainedPerSecond(),
                        intake.highestRateWithP99Under100Ms() > 0
                                ? "under 100 ms up to %.0f/s".formatted(intake.highestRateWithP99Under100Ms())
                                : "over 100 ms at every rate tried"), intake.latencyAtSustained().p99() < 100),
                new Goal("Closure to both notices sent, p99 under 500 ms at %d/s".formatted(top.ratePerSecond()),
                        "p99 %.1f ms (%d of %d notified to both)".formatted(top.closureToBothSent().p99(),
                                top.notifiedBoth(), top.closures()),
                        top.closureToBothSent().p99() < 500 && top.notifiedBoth() == top.closures()),
                new Goal("Worklist and referral lists p99 under 50 ms at %,d referrals".formatted(
                        largest.referrals()), "worst p99 %.1f ms".formatted(worstWorklist), worstWorklist < 50),
                new Goal("Every service up in under 3 s", "slowest %.2f s started alone".formatted(slowestStart),
                        slowestStart < 3));
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark report\n\n");
        md.append("Run at ").append(run.get("ranAt")).append(" for ").append(run.get("durationSeconds"))
                .append(" s with `").append(run.get("command")).append("`.\n\n");
        md.append("Machine: ").append(run.get("machine")).append("\n\n");
        md.append("Versions: ").append(run.get("versions")).append("\n\n");
        md.append("Settings: ").append(run.get("settings")).append("\n\n");

        md.append("## Goals\n\n| Goal | Measured | Met |\n|---|---|---|\n");
        for (Goal goal : goals) {
            md.append("| ").append(goal.goal()).append(" | ").append(goal.measured()).append(" | ")
                    .append(goal.met() ? "yes" : "**no**").append(" |\n");
        }

        md.append("\n## Referral intake\n\n").append(intake.clients())
                .append(" SENCO clients, each signed in with its own token, submitting open-loop at each rate "
                        + "(latency from when each referral was due).\n\n")
                .append("| Offered /s | Through /s | Failed | p50 ms | p95 ms | p99 ms | max ms | |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (ReferralIntake.Step step : intake.steps()) {
            FixedRateLoad.Outcome o = step.outcome();
            md.append("| %.0f | %.1f | %d | %.1f | %.1f | %.1f | %.1f | %s |\n".formatted(o.offeredPerSecond(),
                    o.achievedPerSecond(), o.failed(), o.latency().p50(), o.latency().p95(), o.latency().p99(),
                    o.latency().max(), step.broken() ? "broken" : ""));
        }
        md.append("\nCPU per referral, in ms, by part of the platform (from each step's start until everything it "
                + "caused was processed):\n\n");
        cpuTable(md, "Offered /s", intake.steps().stream().map(step -> Map.entry(
                "%.0f".formatted(step.outcome().offeredPerSecond()), step.cpuMsPerReferral())).toList());
        IntakeLimit.Result limit = intake.limit();
        md.append("\nSustained: **%.1f referrals/s** (p99 %.1f ms).\n\n".formatted(
                intake.sustainedPerSecond(), intake.latencyAtSustained().p99()));
        md.append(("Limit: the same transaction (%s) over plain JDBC with %d connections: **%.0f/s** (commit %s).\n\n")
                .formatted(String.join(" + ", IntakeLimit.TABLES), limit.connections(), limit.perSecond(),
                        limit.latency()));
        md.append("Ratio: **%.3f** of the limit.\n".formatted(intake.ratioToLimit()));

        md.append("\n## Closure to notification\n\n")
                .append("From the clinician's close request (when it was due) to both the school's and the family's "
                        + "closure notices recorded as sent.\n\n")
                .append("| Closures /s | Closures | Both told | close request p99 ms | p50 ms | p95 ms | p99 ms | "
                        + "max ms |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ClosureToNotification.Phase phase : closure.phases()) {
            Latency l = phase.closureToBothSent();
            md.append("| %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |\n".formatted(phase.ratePerSecond(),
                    phase.closures(), phase.notifiedBoth(), phase.closeRequests().latency().p99(), l.p50(), l.p95(),
                    l.p99(), l.max()));
        }
        md.append("\nCPU per closure, in ms, by part of the platform:\n\n");
        cpuTable(md, "Closures /s", closure.phases().stream().map(phase -> Map.entry(
                String.valueOf(phase.ratePerSecond()), phase.cpuMsPerClosure())).toList());
        md.append(("\nLimit: Kafka produce-consume round trip %s, times %d hops: p50 %.1f ms, p99 %.1f ms.\n\n")
                .formatted(closure.kafkaRoundTrip(), ClosureToNotification.KAFKA_HOPS, closure.limitP50Ms(),
                        closure.limitP99Ms()));
        md.append("Ratio at the top rate: p99 is **%.1f** times the limit's p99.\n".formatted(
                closure.ratioP99ToLimitAtTopRate()));

        md.append("\n## Worklist at scale\n\nOne client asking again and again through the API; p50 / p99 in ms.\n\n");
        md.append("| Query |");
        worklists.forEach(size -> md.append(" %,d referrals |".formatted(size.referrals())));
        md.append("\n|---|");
        worklists.forEach(size -> md.append("---:|"));
        md.append("\n");
        for (WorklistAtScale.Query query : WorklistAtScale.QUERIES) {
            md.append("| ").append(query.name()).append(" |");
            for (WorklistAtScale.Size size : worklists) {
                Latency l = size.latencies().get(query.name());
                md.append(" %.1f / %.1f (%,d B) |".formatted(l.p50(), l.p99(), size.bytes().get(query.name())));
            }
            md.append("\n");
        }

        md.append("\n## Footprint\n\n| Service | Started with the platform s | Started alone s | Quarkus reports s "
                + "| Resident MB after the run | Peak MB |\n|---|---:|---:|---:|---:|---:|\n");
        for (Footprint.Service service : footprint) {
            md.append("| %s | %.2f | %.2f | %.3f | %d | %d |\n".formatted(service.name(),
                    service.startedWithPlatformSeconds(), service.startedAloneSeconds(),
                    service.quarkusReportedSeconds(), service.residentMb(), service.peakResidentMb()));
        }
        return md.toString();
    }

    private static void cpuTable(StringBuilder md, String firstColumn,
            List<Map.Entry<String, Map<String, Double>>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> parts = List.copyOf(rows.get(0).getValue().keySet());
        md.append("| ").append(firstColumn).append(" | ").append(String.join(" | ", parts)).append(" |\n|---:|");
        parts.forEach(part -> md.append("---:|"));
        md.append("\n");
        for (Map.Entry<String, Map<String, Double>> row : rows) {
            md.append("| ").append(row.getKey()).append(" |");
            parts.forEach(part -> md.append(" %.1f |".formatted(row.getValue().getOrDefault(part, 0.0))));
            md.append("\n");
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
