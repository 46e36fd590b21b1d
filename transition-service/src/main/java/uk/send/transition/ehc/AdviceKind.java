package uk.send.transition.ehc;

/** The advice a local authority seeks for an EHC needs assessment (SEN and Disability Regulations 2014, reg. 6(1)). */
public enum AdviceKind {
    /** From the head teacher or principal of the child's school or college (reg. 6(1)(b)). */
    SCHOOL("the school"),
    /** Medical advice from a health care professional: a clinical service of the partnership (reg. 6(1)(c)). */
    HEALTH("health"),
    /** Psychological advice from an educational psychologist (reg. 6(1)(d)). */
    EDUCATIONAL_PSYCHOLOGY("educational psychology"),
    /** Social care advice (reg. 6(1)(e)). */
    SOCIAL_CARE("social care");

    private final String inWords;

    AdviceKind(String inWords) {
        this.inWords = inWords;
    }

    public String inWords() {
        return inWords;
    }
}
