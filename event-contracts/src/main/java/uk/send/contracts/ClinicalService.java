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

    /** Services for children only, whose open referrals must be handed to the adult pathway at 18. */
    public boolean endsAtEighteen() {
        return this == CAMHS || this == COMMUNITY_PAEDIATRICS;
    }
}
