package uk.send.benchmarks;

/** One of the platform's performance goals, what was measured against it, and whether it was met. */
record Goal(String goal, String measured, boolean met) {
}
