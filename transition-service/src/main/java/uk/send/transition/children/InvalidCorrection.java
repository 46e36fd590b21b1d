package uk.send.transition.children;

import java.util.List;

import uk.send.problems.Problem;

/** A correction with bad fields: each is named, and nothing changes. */
public class InvalidCorrection extends RuntimeException {

    private final transient List<Problem.Violation> violations;

    public InvalidCorrection(List<Problem.Violation> violations) {
        super("invalid correction");
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
