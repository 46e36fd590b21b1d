package uk.send.notification;

/**
 * What a notice is about, named so that a case worker's list says which notice told the family of the closure
 * rather than "referral.status-changed" six times. One kind per notice template.
 */
public enum NoticeKind {
    SUBMITTED("submitted"),
    ACCEPTED("waiting"),
    WAITING_UPDATE("waiting-update"),
    INFORMATION_REQUESTED("information-requested"),
    SCHOOL_ANSWERED("information-provided"),
    STARTED("started"),
    CLOSED("closed"),
    REPRIORITISED("reprioritised"),
    SAFEGUARDING_REVIEW("safeguarding-review"),
    TRANSITION_DUE("transition-due"),
    TRANSITION_INCOMPLETE("transition-incomplete"),
    ADULT_HANDOVER("adult-handover"),
    EHC_REQUESTED("ehc-requested"),
    EHC_ASSESSING("ehc-assessing"),
    EHC_NOT_ASSESSING("ehc-not-assessing"),
    EHC_NO_PLAN("ehc-no-plan"),
    EHC_DRAFT("ehc-draft"),
    EHC_FINAL("ehc-final"),
    EHC_DEADLINE("ehc-deadline"),
    EHC_UNTOLD("ehc-untold"),
    EHC_REVIEW_DUE("ehc-review-due"),
    INVITATION("invitation"),
    DELIVERY_ALERT("caseworker-alert");

    private final String template;

    NoticeKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }

    public static NoticeKind ofTemplate(String template) {
        for (NoticeKind kind : values()) {
            if (kind.template.equals(template)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No notice kind for template " + template);
    }
}
