package uk.send.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * Open-loop load: calls are due at a fixed rate whether or not earlier ones have answered, and each call's latency is
 * measured from when it was due, not from when a busy client got round to it. A slow server therefore shows as
 * latency rather than quietly lowering the rate it is offered (no coordinated omission).
 */
final class FixedRateLoad {

    /** One call; its number counts from 0 within the run. True if it succeeded. */
    interface Call {
        boolean run(int number, Instant due) throws Exception;
    }

    record Outcome(double offeredPerSecond, double achievedPerSecond, long succeeded, long failed, Latency latency) {

        double errorRate() {
            return succeeded + failed == 0 ? 0 : (double) failed / (succeeded + failed);
        }
    }

    private FixedRateLoad() {
    }

    /** Runs {@code ratePerSecond * duration} calls spread evenly over the duration by {@code clients} threads. */
    static Outcome run(double ratePerSecond, Duration duration, int clients, Call call) throws Exception {
        int total = (int) Math.round(ratePerSecond * duration.toMillis() / 1000.0);
        return run(ratePerSecond, total, clients, call);
    }

    static Outcome run(double ratePerSecond, int total, int clients, Call call) throws Exception {
        double intervalNanos = 1e9 / ratePerSecond;
        AtomicInteger next = new AtomicInteger();
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastFinish = new AtomicLong();
        long startNanos = System.nanoTime() + 50_000_000L;
        Instant startWall = Instant.now().plusNanos(startNanos - System.nanoTime());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Histogram>> histograms = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                histograms.add(pool.submit(() -> {
                    Histogram latencies = Latency.histogram();
                    for (int number = next.getAndIncrement(); number < total; number = next.getAndIncrement()) {
                        long due = startNanos + (long) (number * intervalNanos);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        boolean ok;
                        try {
                            ok = call.run(number, startWall.plusNanos(due - startNanos));
                        } catch (Exception e) {
                            ok = false;
                        }
                        long finished = System.nanoTime();
                        latencies.recordValue(Math.max(0, (finished - due) / 1000));
                        (ok ? succeeded : failed).incrementAndGet();
                        lastFinish.accumulateAndGet(finished, Math::max);
                    }
                    return latencies;
                }));
            }
            Histogram all = Latency.histogram();
            for (Future<Histogram> histogram : histograms) {
                all.add(histogram.get());
            }
            double seconds = Math.max(1e-9, (lastFinish.get() - startNanos) / 1e9);
            return new Outcome(ratePerSecond, succeeded.get() / seconds, succeeded.get(), failed.get(),
                    Latency.of(all));
        } finally {
            pool.shutdownNow();
        }
    }
}
