package uk.send.transition.children;

import java.util.List;

import uk.send.problems.Problem;
import uk.send.problems.Refusal;

/** A correction with bad fields: each is named, and nothing changes. */
public class InvalidCorrection extends Refusal.BadFields {


    public InvalidCorrection(List<Problem.Violation> violations) {
        super(violations);
    }

}
