package uk.send.transition.ehc;

/** A step of the EHC plan process refused: the API says which field or state, and nothing is stored or published. */
public abstract class EhcRefusal extends RuntimeException {

    EhcRefusal(String message) {
        super(message);
    }

    /** A date out of order with the process, or in the future: 400 naming the field. */
    public static class DateOutOfOrder extends EhcRefusal {
        private final String field;

        public DateOutOfOrder(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** A step the current state does not allow, or a step recorded before with another date: 409. */
    public static class NotNow extends EhcRefusal {
        public NotNow(String message) {
            super(message);
        }
    }

    /** A request that names something wrong (an unknown service, an exception the law does not allow): 400. */
    public static class Invalid extends EhcRefusal {
        private final String field;

        public Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** No such assessment, review or advice request (or none this caller may see): 404. */
    public static class NotFound extends EhcRefusal {
        public NotFound(String what) {
            super("No such " + what);
        }
    }

    /** A school asking about a child it does not teach: 403, saying nothing of the child. */
    public static class NotYourSchool extends EhcRefusal {
        public NotYourSchool() {
            super("This child is not recorded at your school: ask the SEND team");
        }
    }
}
