package uk.send.triage.scorecard;

import java.util.List;

/** The scorecard's arithmetic, kept exact and plain so that the board's figures can be checked by hand. */
final class Percentiles {

    private Percentiles() {
    }

    /** The nearest-rank percentile of sorted values: the smallest value at least p per cent are at or below. */
    static Integer nearestRank(List<Integer> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** A share as a percentage to one decimal place. */
    static double share(int part, int whole) {
        return Math.round(part * 1000.0 / whole) / 10.0;
    }
}
