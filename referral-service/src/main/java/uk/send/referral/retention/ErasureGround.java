package uk.send.referral.retention;

/**
 * The grounds on which a referral's records are erased before their retention period ends. UK GDPR Article 17(3)(b)
 * and (c) keep records the partnership needs for its legal duties and for health care, so a family's wish alone is not
 * a ground: the right to rectification (Article 16) or to restriction (Article 18) is what answers it. Each ground
 * here is one Article 17(1) names, as the partnership's information governance team has found it.
 */
public enum ErasureGround {
    /** The referral was made about a child it was never meant for: it never had a purpose (Article 17(1)(a)). */
    WRONG_CHILD("Article 17(1)(a): made about the wrong child"),
    /** The partnership upheld an objection to the processing (Articles 21(1) and 17(1)(c)). */
    OBJECTION_UPHELD("Article 17(1)(c): objection upheld"),
    /** The records were processed unlawfully, for example without the consent the referral needed (Article 17(1)(d)). */
    UNLAWFULLY_PROCESSED("Article 17(1)(d): processed unlawfully"),
    /** A court or the Information Commissioner ordered the erasure (Article 17(1)(e)). */
    ORDERED("Article 17(1)(e): erasure ordered");

    private final String inWords;

    ErasureGround(String inWords) {
        this.inWords = inWords;
    }

    /** The ground as the register shows it. */
    public String inWords() {
        return inWords;
    }
}
