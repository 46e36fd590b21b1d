package uk.send.contracts;

/**
 * Who a piece of free text written by staff is written for, and so who may ever read it. The rule is here once,
 * because the text travels: referral-service keeps it on the timeline, notification-service writes it into notices.
 *
 * <ul>
 * <li>{@link #FAMILY}: written for the family; the school and staff read it too.</li>
 * <li>{@link #SCHOOL}: written for the school, for example a question about the referral; never shown to the
 * family.</li>
 * <li>{@link #INTERNAL}: for the clinical team and the case workers only. Anything about a safeguarding concern is
 * internal: told to a family or a school it can warn the adult the concern is about and put the child at risk,
 * which is why safeguarding guidance has professionals decide case by case, and outside this platform, what a
 * parent is told.</li>
 * </ul>
 */
public enum TextAudience {
    FAMILY,
    SCHOOL,
    INTERNAL;

    /** The audience of a clinician's reason for changing a waiting child's priority. */
    public static TextAudience ofReprioritisation(ReprioritisationReason category) {
        return category == ReprioritisationReason.SAFEGUARDING ? INTERNAL : FAMILY;
    }

    /** Whether a reader of this kind may read text written for this audience. Staff read everything. */
    public boolean reaches(RecipientType reader) {
        return switch (reader) {
            case CASEWORKER -> true;
            case SCHOOL -> this != INTERNAL;
            case FAMILY -> this == FAMILY;
        };
    }
}
