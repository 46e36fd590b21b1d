package uk.send.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.send.launcher.Platform;

/**
 * Referral intake through the API at rising rates until latency breaks, then the database's own limit for the same
 * transaction, with the ratio between the two.
 */
final class ReferralIntake {

    /** A step breaks when p99 passes this, under 90% of the offered rate gets through, or more than 1% fail. */
    static final double BREAKING_P99_MS = 1000;
    /** The platform kept up with a step if it had done all the step caused within this long of its last call. */
    static final double KEPT_UP_WITHIN_SECONDS = 5;
    /** How long the settled platform is watched with nothing offered, for what it costs to be up at all. */
    static final Duration IDLE = Duration.ofSeconds(30);

    /**
     * One rate: what got through, how fast, the CPU each referral cost every part of the platform, in ms, and the write
     * transactions each cost the database server.
     */
    record Step(FixedRateLoad.Outcome outcome, boolean broken, Map<String, Double> cpuMsPerReferral,
            double writeTransactionsPerReferral, double secondsToCatchUp) {

        /** Whether the platform kept up end to end: everything the step caused was done soon after its last call. */
        boolean keptUp() {
            return !broken && secondsToCatchUp <= KEPT_UP_WITHIN_SECONDS;
        }

        @Override
        public String toString() {
            return ("%.1f/s through, %d failed, %s%s; all done %.1f s after the last%n  CPU per referral (ms): %s; "
                    + "write transactions per referral %.1f").formatted(outcome.achievedPerSecond(), outcome.failed(),
                    outcome.latency(), broken ? "  (broken)" : "", secondsToCatchUp, cpuMsPerReferral,
                    writeTransactionsPerReferral);
        }
    }

    /**
     * What the platform measured: its CPU per second when idle, by part; each step; the profiled stretch run after
     * them at the sustained step's rate with JFR recording (its CPU per referral beside the same rate's unrecorded
     * step shows what recording cost); and the limit.
     */
    record Result(int clients, Map<String, Double> idleCpuMsPerSecond, List<Step> steps, double sustainedPerSecond,
            double highestRateWithP99Under100Ms, Latency latencyAtSustained, IntakeLimit.Result limit,
            double ratioToLimit, Step profiledStep, List<Profile.Service> profile) {

        /** The step with the most referrals through among those that did not break. */
        Step sustainedStep() {
            return sustained(steps);
        }

        /** The highest rate the platform kept up with end to end (p99 under 1 s, all done within 5 s); 0 if none. */
        double keptUpEndToEndPerSecond() {
            return steps.stream().filter(Step::keptUp).mapToDouble(step -> step.outcome().achievedPerSecond())
                    .max().orElse(0);
        }
    }

    private ReferralIntake() {
    }

    private static Step sustained(List<Step> steps) {
        return steps.stream().filter(step -> !step.broken())
                .max((a, b) -> Double.compare(a.outcome().achievedPerSecond(), b.outcome().achievedPerSecond()))
                .orElse(steps.get(0));
    }

    static Result run(Platform platform, BenchmarkSettings settings) throws Exception {
        SencoClients clients = new SencoClients(platform.settings(), settings.clients(), 1_000);
        System.out.printf("Intake: warming up at %d referrals/s for %d s%n", settings.warmUpRate(),
                settings.warmUp().toSeconds());
        Profile.prepare(platform);
        FixedRateLoad.run(settings.warmUpRate(), settings.warmUp(), clients.size(),
                (n, due) -> clients.submit(n, "family@example.org") != null);

        CpuUse cpu = new CpuUse(platform);
        Settled.await(platform);
        Map<String, Double> before = cpu.reading();
        Thread.sleep(IDLE.toMillis());
        Map<String, Double> idle = CpuUse.perUnit(before, cpu.reading(), IDLE.toSeconds());
        System.out.printf("Idle for %d s: CPU per second (ms): %s%n", IDLE.toSeconds(), idle);

        List<Step> steps = new ArrayList<>();
        for (int rate : settings.intakeRates()) {
            Step step = step(platform, clients, cpu, rate, settings.intakeStep());
            steps.add(step);
            System.out.printf("Intake at %4d/s: %s%n", rate, step);
            if (step.broken()) {
                break;
            }
        }
        // Recorded in a stretch of its own, so that the measured steps carry none of the recording's cost.
        Step sustained = sustained(steps);
        int profiledRate = (int) Math.round(sustained.outcome().offeredPerSecond());
        Profile profile = Profile.start(platform);
        Step profiled = step(platform, clients, cpu, profiledRate, settings.intakeStep());
        List<Profile.Service> profiles = profile.stop();
        System.out.printf("Intake at %4d/s, recorded with JFR: %s%n", profiledRate, profiled);
        double within100 = steps.stream().filter(step -> !step.broken() && step.outcome().latency().p99() < 100)
                .mapToDouble(step -> step.outcome().offeredPerSecond()).max().orElse(0);

        IntakeLimit.Result limit = IntakeLimit.measure(platform, settings.clients(), settings.limitDuration());
        System.out.printf("Intake limit: %.0f transactions/s over plain JDBC with %d connections, %s%n",
                limit.perSecond(), limit.connections(), limit.latency());
        double sustainedRate = sustained.outcome().achievedPerSecond();
        return new Result(settings.clients(), idle, steps, sustainedRate, within100, sustained.outcome().latency(),
                limit, sustainedRate / limit.perSecond(), profiled, profiles);
    }

    /** Submits at one rate for one step, then waits until everything the step caused is done, so all of it counts. */
    private static Step step(Platform platform, SencoClients clients, CpuUse cpu, int rate, Duration length)
            throws Exception {
        Map<String, Double> before = cpu.reading();
        long transactionsBefore = WriteTransactions.next(platform);
        FixedRateLoad.Outcome outcome = FixedRateLoad.run(rate, length, clients.size(),
                (n, due) -> clients.submit(n, "family@example.org") != null);
        double catchUp = Settled.await(platform).toMillis() / 1000.0;
        Map<String, Double> perReferral = CpuUse.perUnit(before, cpu.reading(), outcome.succeeded());
        double transactions = (WriteTransactions.next(platform) - transactionsBefore)
                / (double) Math.max(1, outcome.succeeded());
        boolean broken = outcome.latency().p99() > BREAKING_P99_MS
                || outcome.achievedPerSecond() < 0.9 * rate || outcome.errorRate() > 0.01;
        return new Step(outcome, broken, perReferral, transactions, catchUp);
    }
}
