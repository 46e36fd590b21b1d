package uk.send.problems;

import java.util.List;

/**
 * A request the platform refuses for a reason of its own domain, of a kind every service has: nothing found, not
 * yours, not now, not twice, or fields that break a rule only the domain knows. A service's exception extends the
 * kind it is and says why in its message; {@link ProblemResponses} answers every one as a problem detail, so no service
 * maps its own. The message describes the rule and never echoes what was sent.
 */
public abstract class Refusal extends RuntimeException {

    protected Refusal(String detail) {
        super(detail);
    }

    /** The refusal as the problem detail the caller receives. */
    public abstract Problem problem();

    /** 404: there is nothing of that name, or nothing the caller may know of. */
    public static class NotFound extends Refusal {
        public NotFound(String detail) {
            super(detail);
        }

        @Override
        public Problem problem() {
            return Problem.of(404, "Not Found", getMessage());
        }
    }

    /** 403: it exists, and the caller may not do this to it. */
    public static class Forbidden extends Refusal {
        public Forbidden(String detail) {
            super(detail);
        }

        @Override
        public Problem problem() {
            return Problem.of(403, "Forbidden", getMessage());
        }
    }

    /** 409: not in the state it is in now. */
    public static class Conflict extends Refusal {
        public Conflict(String detail) {
            super(detail);
        }

        @Override
        public Problem problem() {
            return Problem.of(409, "Conflict", getMessage());
        }
    }

    /** 422: well-formed, but reusing what was used for something else. */
    public static class Unprocessable extends Refusal {
        public Unprocessable(String detail) {
            super(detail);
        }

        @Override
        public Problem problem() {
            return Problem.of(422, "Unprocessable Content", getMessage());
        }
    }

    /** 400: fields that break a rule of the domain, each named. */
    public static class BadFields extends Refusal {

        private final List<Problem.Violation> violations;

        public BadFields(List<Problem.Violation> violations) {
            this("The request has invalid fields", violations);
        }

        /** One field refused; the message is the exception's too. */
        public BadFields(String field, String message) {
            this(message, List.of(new Problem.Violation(field, message)));
        }

        private BadFields(String detail, List<Problem.Violation> violations) {
            super(detail);
            this.violations = List.copyOf(violations);
        }

        public List<Problem.Violation> violations() {
            return violations;
        }

        @Override
        public Problem problem() {
            return Problem.badRequest(violations);
        }
    }
}
