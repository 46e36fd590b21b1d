package uk.send.benchmarks;

import org.HdrHistogram.Histogram;

/** Percentiles of a latency histogram recorded in microseconds, in milliseconds. */
record Latency(long count, double p50, double p95, double p99, double max) {

    static Histogram histogram() {
        return new Histogram(3_600_000_000L, 3);
    }

    static Latency of(Histogram microseconds) {
        return new Latency(microseconds.getTotalCount(),
                millis(microseconds.getValueAtPercentile(50)),
                millis(microseconds.getValueAtPercentile(95)),
                millis(microseconds.getValueAtPercentile(99)),
                millis(microseconds.getMaxValue()));
    }

    private static double millis(long microseconds) {
        return Math.round(microseconds / 100.0) / 10.0;
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", p50, p95, p99, max, count);
    }
}
