package uk.send.contracts;

/** The health and education services a school can refer a child to. */
public enum ClinicalService {
    SPEECH_AND_LANGUAGE_THERAPY,
    COMMUNITY_PAEDIATRICS,
    NEURODEVELOPMENTAL_ASSESSMENT,
    EDUCATIONAL_PSYCHOLOGY,
    CAMHS,
    OCCUPATIONAL_THERAPY,
    PHYSIOTHERAPY;

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
        };
    }

    /** Services for children only, whose open referrals must be handed to the adult pathway at 18. */
    public boolean endsAtEighteen() {
        return this == CAMHS || this == COMMUNITY_PAEDIATRICS;
    }
}
