package uk.send.contracts;

/** The health and education services a school can refer a child to. */
public enum ClinicalService {
    SPEECH_AND_LANGUAGE_THERAPY,
    COMMUNITY_PAEDIATRICS,
    NEURODEVELOPMENTAL_ASSESSMENT,
    EDUCATIONAL_PSYCHOLOGY,
    CAMHS,
    OCCUPATIONAL_THERAPY,
    PHYSIOTHERAPY,
    /** Adult mental health services: takes CAMHS referrals over when a young person leaves CAMHS. */
    ADULT_MENTAL_HEALTH;

    /** The service's name as a family would say it, for notices and the family's pages. */
    public String inPlainWords() {
        return switch (this) {
            case SPEECH_AND_LANGUAGE_THERAPY -> "speech and language therapy";
            case COMMUNITY_PAEDIATRICS -> "community paediatrics";
            case NEURODEVELOPMENTAL_ASSESSMENT -> "the neurodevelopmental assessment service";
            case EDUCATIONAL_PSYCHOLOGY -> "educational psychology";
            case CAMHS -> "CAMHS (children and young people's mental health services)";
            case OCCUPATIONAL_THERAPY -> "occupational therapy";
            case PHYSIOTHERAPY -> "physiotherapy";
            case ADULT_MENTAL_HEALTH -> "adult mental health services";
        };
    }

    /**
     * A service for adults, which takes referrals handed over from a children's service rather than from a school.
     * Which children's services end, when, and where they hand over is configured in transition-service.
     */
    public boolean forAdults() {
        return this == ADULT_MENTAL_HEALTH;
    }
}
