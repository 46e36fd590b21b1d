package uk.send.contracts.referral;

/** Help a family can use while their child waits, such as a parent programme or a drop-in session. */
public record SupportOffer(String title, String description, String link) {
}
