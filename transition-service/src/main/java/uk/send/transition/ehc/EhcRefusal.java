package uk.send.transition.ehc;

import uk.send.problems.Refusal;

/** A step of the EHC plan process refused: the API says which field or state, and nothing is stored or published. */
public final class EhcRefusal {

    private EhcRefusal() {
    }

    /** A date out of order with the process, or in the future: 400 naming the field. */
    public static class DateOutOfOrder extends Refusal.BadFields {
        public DateOutOfOrder(String field, String message) {
            super(field, message);
        }

        /** The one field refused. */
        public String field() {
            return violations().get(0).field();
        }
    }

    /** A step the current state does not allow, or a step recorded before with another date: 409. */
    public static class NotNow extends Refusal.Conflict {
        public NotNow(String message) {
            super(message);
        }
    }

    /** A request that names something wrong (an unknown service, an exception the law does not allow): 400. */
    public static class Invalid extends Refusal.BadFields {
        public Invalid(String field, String message) {
            super(field, message);
        }

        /** The one field refused. */
        public String field() {
            return violations().get(0).field();
        }
    }

    /** No such assessment, review or advice request (or none this caller may see): 404. */
    public static class NotFound extends Refusal.NotFound {
        public NotFound(String what) {
            super("No such " + what);
        }
    }

    /** A school asking about a child it does not teach: 403, saying nothing of the child. */
    public static class NotYourSchool extends Refusal.Forbidden {
        public NotYourSchool() {
            super("This child is not recorded at your school: ask the SEND team");
        }
    }
}
