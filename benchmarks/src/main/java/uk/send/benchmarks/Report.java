package uk.send.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** A run's figures, written as JSON for machines and Markdown for people, from the same values. */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The sustained end-to-end intake the efficiency work aims at, referrals a second. */
    private static final int SUSTAINED_INTAKE_GOAL = 400;

    private final Map<String, Object> run;
    private final ReferralIntake.Result intake;
    private final ClosureToNotification.Result closure;
    private final List<WorklistAtScale.Size> worklists;
    private final List<Footprint.Service> footprint;
    private final ScaleOutDrill.Result scaleOut;
    private final List<Goal> goals;

    Report(Map<String, Object> run, ReferralIntake.Result intake, ClosureToNotification.Result closure,
            List<WorklistAtScale.Size> worklists, List<Footprint.Service> footprint, ScaleOutDrill.Result scaleOut) {
        this.run = run;
        this.intake = intake;
        this.closure = closure;
        this.worklists = worklists;
        this.footprint = footprint;
        this.scaleOut = scaleOut;
        this.goals = goals();
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> json = new LinkedHashMap<>(run);
        json.put("intake", intake);
        json.put("closureToNotification", closure);
        json.put("worklistAtScale", worklists);
        json.put("footprint", footprint);
        json.put("scaleOut", scaleOut);
        json.put("nextBottleneck", nextBottleneck());
        json.put("ratios", Map.of(
                "intakeToJdbcLimit", round(intake.ratioToLimit()),
                "closureP99ToKafkaLimitP99", round(closure.ratioP99ToLimitAtTopRate())));
        json.put("goals", goals);
        Files.writeString(folder.resolve("report.json"), JSON.writeValueAsString(json));
        Files.writeString(folder.resolve("report.md"), markdown());
    }

    /** The goals of the efficiency work, each beside what this run measured. */
    private List<Goal> goals() {
        ReferralIntake.Step sustained = intake.sustainedStep();
        double cpu = CpuUse.platform(sustained.cpuMsPerReferral());
        ClosureToNotification.Phase at100 = closure.phaseAt(100);
        WorklistAtScale.Size largest = worklists.get(worklists.size() - 1);
        double worstWorklist = largest.latencies().values().stream().mapToDouble(Latency::p99).max().orElse(0);
        double slowestStart = footprint.stream().mapToDouble(Footprint.Service::startedAloneSeconds).max().orElse(0);
        Footprint.Service largestResident = footprint.stream()
                .max((a, b) -> Long.compare(a.residentMb(), b.residentMb())).orElseThrow();
        List<Goal> list = new ArrayList<>(List.of(
                new Goal("CPU per referral, whole platform, at most 10 ms", ("%.1f ms at %.0f/s (load generator "
                        + "apart; %.1f ms of it JIT compilation)").formatted(cpu, sustained.outcome()
                        .offeredPerSecond(), sustained.cpuMsPerReferral().getOrDefault(CpuUse.JIT_COMPILATION, 0.0)),
                        cpu <= 10),
                new Goal("Sustained end-to-end intake (keeps up, p99 under 1 s) at least %d/s".formatted(
                        SUSTAINED_INTAKE_GOAL),
                        "%.1f/s (p99 under 1 s and all done within %.0f s of each step's end)".formatted(
                                intake.keptUpEndToEndPerSecond(), ReferralIntake.KEPT_UP_WITHIN_SECONDS),
                        intake.keptUpEndToEndPerSecond() >= SUSTAINED_INTAKE_GOAL),
                new Goal("API intake at least 0.5 of the JDBC limit of the same rows",
                        "%.3f (%.0f/s of %.0f/s)".formatted(intake.ratioToLimit(), intake.sustainedPerSecond(),
                                intake.limit().perSecond()), intake.ratioToLimit() >= 0.5)));
        for (ClosureToNotification.Phase phase : closure.phases()) {
            if (phase.ratePerSecond() >= 100) {
                list.add(new Goal("Closure to both notices, p99 at most 100 ms at %d/s".formatted(
                        phase.ratePerSecond()), "p99 %.1f ms (%d of %d told both)".formatted(
                        phase.closureToBothSent().p99(), phase.notifiedBoth(), phase.closures()),
                        phase.closureToBothSent().p99() <= 100 && phase.notifiedBoth() == phase.closures()));
            }
        }
        if (at100 == null) {
            list.add(new Goal("Closure to both notices, p99 at most 100 ms at 100/s", "not run at 100/s", false));
        }
        double slowestRead = footprint.stream().mapToDouble(Footprint.Service::filesReadSeconds).max().orElse(0);
        list.add(new Goal("Each service started alone, to ready, under 3 s",
                "slowest %.2f s (its files in the page cache; reading them first took up to %.2f s)".formatted(
                        slowestStart, slowestRead), slowestStart < 3));
        list.add(new Goal("Each service's resident memory after the run under 300 MB",
                "largest %d MB (%s: heap %d MB, class data %d MB, compiled code %d MB)".formatted(
                        largestResident.residentMb(), largestResident.name(), largestResident.heapResidentMb(),
                        largestResident.classDataResidentMb(), largestResident.compiledCodeResidentMb()),
                largestResident.residentMb() < 300));
        list.add(new Goal("Worklist and referral lists p99 under 50 ms at %,d referrals".formatted(
                largest.referrals()), "worst p99 %.1f ms".formatted(worstWorklist), worstWorklist < 50));
        list.add(new Goal("Scale-out drill: every closure told to school and family once, in order",
                "lost %d, duplicated %d, out of order %d, dead letters %d".formatted(scaleOut.lost(),
                        scaleOut.duplicated(), scaleOut.referralsOutOfOrder() + scaleOut.noticesOutOfOrder()
                                + scaleOut.aggregatesOutOfCommitOrder(), scaleOut.deadLetters()),
                scaleOut.passed()));
        return list;
    }

    /**
     * Where adding instances stops helping: every instance of every service writes to one database server, whose
     * commit rate this run measured (the JDBC limit) and whose write transactions per referral it counted.
     */
    private Map<String, Object> nextBottleneck() {
        ReferralIntake.Step sustained = intake.sustainedStep();
        double perReferral = sustained.writeTransactionsPerReferral();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("writeTransactionsPerReferral", round(perReferral));
        figures.put("databaseCommitsPerSecond", Math.round(intake.limit().perSecond()));
        figures.put("referralsPerSecondAtThatRate", Math.round(intake.limit().perSecond() / Math.max(1, perReferral)));
        return figures;
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark report\n\n");
        md.append("Run at ").append(run.get("ranAt")).append(" for ").append(run.get("durationSeconds"))
                .append(" s with `").append(run.get("command")).append("`.\n\n");
        md.append("Machine: ").append(run.get("machine")).append("\n\n");
        md.append("Versions: ").append(run.get("versions")).append("\n\n");
        md.append("Settings: ").append(run.get("settings")).append("\n\n");

        md.append("## Goals\n\nWhole platform, broker, database and load generator on this one machine.\n\n"
                + "| Goal | Measured | Met |\n|---|---|---|\n");
        for (Goal goal : goals) {
            md.append("| ").append(goal.goal()).append(" | ").append(goal.measured()).append(" | ")
                    .append(goal.met() ? "yes" : "**no**").append(" |\n");
        }
        whatBoundsTheGoals(md);

        md.append("\n## Referral intake\n\n").append(intake.clients())
                .append(" SENCO clients, each signed in with its own token, submitting open-loop at each rate "
                        + "(latency from when each referral was due).\n\n")
                .append("| Offered /s | Through /s | Failed | p50 ms | p95 ms | p99 ms | max ms | all done s after "
                        + "| write transactions per referral | |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (ReferralIntake.Step step : intake.steps()) {
            FixedRateLoad.Outcome o = step.outcome();
            md.append("| %.0f | %.1f | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s |\n".formatted(
                    o.offeredPerSecond(), o.achievedPerSecond(), o.failed(), o.latency().p50(), o.latency().p95(),
                    o.latency().p99(), o.latency().max(), step.secondsToCatchUp(),
                    step.writeTransactionsPerReferral(), step.broken() ? "broken" : step.keptUp() ? "kept up"
                            : "API only"));
        }
        md.append(("\nCPU per referral, in ms, by part of the platform (from each step's start until everything it "
                + "caused was processed). The JIT compilation column is part of the services', Kafka's and Keycloak's "
                + "figures: compiling is paid once in a process's life, by whatever runs first. The idle platform, "
                + "settled after the warm-up with nothing offered for %d s, used per second (ms): %s.\n\n")
                .formatted(ReferralIntake.IDLE.toSeconds(), intake.idleCpuMsPerSecond()));
        cpuTable(md, "Offered /s", intake.steps().stream().map(step -> Map.entry(
                "%.0f".formatted(step.outcome().offeredPerSecond()), step.cpuMsPerReferral())).toList());
        IntakeLimit.Result limit = intake.limit();
        md.append(("\nThrough the API: **%.1f referrals/s** (the best step that did not break, p99 %.1f ms). "
                + "Kept up with end to end (p99 under 1 s, and everything each referral caused done within %.0f s of "
                + "the step's end): **%.1f referrals/s**.\n\n").formatted(intake.sustainedPerSecond(),
                intake.latencyAtSustained().p99(), ReferralIntake.KEPT_UP_WITHIN_SECONDS,
                intake.keptUpEndToEndPerSecond()));
        md.append(("Limit: the same transaction (%s) over plain JDBC with %d connections: **%.0f/s** (commit %s).\n\n")
                .formatted(String.join(" + ", IntakeLimit.TABLES), limit.connections(), limit.perSecond(),
                        limit.latency()));
        md.append("Ratio: **%.3f** of the limit.\n".formatted(intake.ratioToLimit()));
        profileSection(md);

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

        md.append("\n## Footprint\n\nEach service on " + ((Map<?, ?>) run.get("settings")).get("serviceJvm")
                + ". Of the resident memory, the heap's pages, the class data's (the start-up cache and the JDK's "
                + "own archive, mapped from their files; without them the same classes would take about as much in "
                + "the JVM's metaspace) and the compiled code's; the rest is the metaspace of classes made at run "
                + "time, threads, the C library's heap, the JVM's own tables and the flight recorder's buffers, left "
                + "by the profile recorded above. Started alone is a restart on its own, stopped and started again "
                + "with the database quiet, after its files (the application, its start-up cache, the JDK's module "
                + "image and JVM) have been read through once, so that they are in the page cache as on a machine "
                + "that ran it a moment ago; how long that read took, from disk or cache as found, is beside it: "
                + "from disk, that is what a start would add.\n\n| Service | Started with the platform s "
                + "| Its files read first s | Started alone s | Quarkus reports s | Resident MB after the run "
                + "| of which heap | of which class data | of which compiled code | Peak MB |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Footprint.Service service : footprint) {
            md.append("| %s | %.2f | %.2f | %.2f | %.3f | %d | %d | %d | %d | %d |\n".formatted(service.name(),
                    service.startedWithPlatformSeconds(), service.filesReadSeconds(), service.startedAloneSeconds(),
                    service.quarkusReportedSeconds(), service.residentMb(), service.heapResidentMb(),
                    service.classDataResidentMb(), service.compiledCodeResidentMb(), service.peakResidentMb()));
        }
        scaleOutSection(md);
        return md.toString();
    }

    /**
     * What this run's own figures say bounds the throughput and latency goals: everything shares the machine's cores,
     * so the CPU one referral or closure costs sets how many a second the platform can carry at all, whatever the
     * batching; a rate above that leaves a queue growing for as long as it is offered, and the queue is the p99.
     */
    private void whatBoundsTheGoals(StringBuilder md) {
        int cores = ((Number) ((Map<?, ?>) run.get("machine")).get("cores")).intValue();
        ReferralIntake.Step sustained = intake.sustainedStep();
        double perReferral = CpuUse.all(sustained.cpuMsPerReferral());
        md.append(("\n**What bounds these.** Everything above shares %d cores, %,d ms of CPU a second. A referral cost "
                + "%.1f ms of it at %.0f/s, everything it caused included (load generator and compiling too), so "
                + "this machine can carry at most **%.0f referrals/s** end to end at that cost; %d/s would need at "
                + "most %.1f ms each. ").formatted(cores, cores * 1000, perReferral,
                sustained.outcome().offeredPerSecond(), ceiling(cores, perReferral), SUSTAINED_INTAKE_GOAL,
                cores * 1000.0 / SUSTAINED_INTAKE_GOAL));
        ClosureToNotification.Phase at100 = closure.phaseAt(100);
        if (at100 != null) {
            double perClosure = CpuUse.all(at100.cpuMsPerClosure());
            md.append(("A closure cost %.1f ms at 100/s: %.1f cores' worth a second, so %s. ").formatted(perClosure,
                    perClosure * 100 / 1000, perClosure * 100 / 1000 > cores
                            ? "the closures queue for as long as they are offered and the p99 is the length of the "
                                    + "queue, not of the path"
                            : "the p99 is the path's, with the cores to spare"));
        }
        md.append("Where the CPU goes, service by service, is in the profile under the referral intake; where the "
                + "memory goes, in the footprint's columns.\n");
    }

    private static double ceiling(int cores, double cpuMsEach) {
        return cpuMsEach <= 0 ? 0 : cores * 1000 / cpuMsEach;
    }

    /** Where each service's CPU went in the profiled stretch, from JFR's execution samples. */
    private void profileSection(StringBuilder md) {
        ReferralIntake.Step profiled = intake.profiledStep();
        md.append(("\nWhere each service's CPU went (Java Flight Recorder, `default` settings), recorded in a stretch "
                + "of its own after the steps above, at %.0f referrals/s for as long as a step: %.1f/s through, p99 "
                + "%.1f ms, CPU per referral %.1f ms with the recording on (the same rate's step above, unrecorded, "
                + "is the figure to compare). The share of execution samples by the first method of the platform's "
                + "own code on the stack, and by the library the sampled frame is in.\n\n| Service | Samples | Own "
                + "code first reached | Sampled in |\n|---|---:|---|---|\n").formatted(
                profiled.outcome().offeredPerSecond(), profiled.outcome().achievedPerSecond(),
                profiled.outcome().latency().p99(), CpuUse.platform(profiled.cpuMsPerReferral())));
        for (Profile.Service service : intake.profile()) {
            md.append("| ").append(service.name()).append(" | ").append(service.samples()).append(" | ")
                    .append(shares(service.ownCode())).append(" | ").append(shares(service.sampledIn()))
                    .append(" |\n");
        }
    }

    private static String shares(Map<String, Double> shares) {
        StringBuilder text = new StringBuilder();
        shares.forEach((where, percent) -> text.append(text.isEmpty() ? "" : "<br>")
                .append("%.1f%% %s".formatted(percent, where)));
        return text.toString();
    }

    private void scaleOutSection(StringBuilder md) {
        ScaleOutDrill.Result drill = scaleOut;
        md.append("\n## Scale-out\n\n")
                .append(("%d instances of every service against topics of %d partitions; %d referrals submitted, "
                        + "accepted and closed at %d/s through both instances; half-way through the closures one "
                        + "instance of each service killed with kill -9, the clients going on with the others.\n\n")
                        .formatted(drill.instancesPerService(), drill.partitions(), drill.closures(),
                                drill.closureRate()))
                .append("| Closure notices expected | delivered | lost | duplicated | copies with the same "
                        + "Message-ID | referrals out of order | notices out of order | dead letters | aggregates "
                        + "published out of commit order |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
                .append("| %d | %d | %d | %d | %d | %d | %d | %d | %d of %d |\n\n".formatted(
                        drill.noticesExpected(), drill.delivered(), drill.lost(), drill.duplicated(),
                        drill.copiesWithSameMessageId(), drill.referralsOutOfOrder(), drill.noticesOutOfOrder(),
                        drill.deadLetters(), drill.aggregatesOutOfCommitOrder(), drill.aggregatesChecked()))
                .append(("Every school and family told %.1f s after the first close (the killed instances' "
                        + "partitions pass to the others when the broker gives up on them). Outbox events published "
                        + "by each instance during the drill: %s. Each service's relay publishes only while it "
                        + "holds its database's advisory lock, so one instance publishes at a time; the order check "
                        + "above reads every event of the drill's referrals back from Kafka.\n\n").formatted(
                        drill.secondsToAllNotified(), drill.publishedByInstance()));
        Map<String, Object> next = nextBottleneck();
        md.append(("**The next bottleneck as instances are added.** Every instance of every service writes to one "
                + "PostgreSQL server. A referral took **%s write transactions** there (the server's transaction "
                + "counter over the sustained step), and the server committed **%s/s** of the intake's own "
                + "five-row transaction over plain JDBC (the limit above): about **%s referrals/s** end to end, "
                + "however many instances run, and less in practice, as most of those transactions are larger. ")
                .formatted(next.get("writeTransactionsPerReferral"), next.get("databaseCommitsPerSecond"),
                        next.get("referralsPerSecondAtThatRate")))
                .append("Instances beyond the topics' partitions sit idle, and before that the one server's commit "
                        + "rate caps them. What deploy/ does about it: production runs 6 partitions and 3 instances "
                        + "of each service (2 of transition-service), so each service can double before partitions "
                        + "bind; the four databases are separate (one per service, each with its own role), so one "
                        + "whose writes dominate can move to a CloudNativePG cluster of its own by changing that "
                        + "service's JDBC address alone; the cluster's standbys add no write capacity.\n");
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
