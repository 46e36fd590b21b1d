package uk.send.referral;

/** The outcome of a submission: a new referral, or the one an earlier request with the same key created. */
public record Submission(Referral referral, boolean created) {
}
