package uk.send.referral.api;

/** How a family contact's mobile number and language are written, wherever a request gives them. */
final class ContactFormats {

    static final String MOBILE = "\\+?[0-9 ]{10,16}";
    static final String MOBILE_MESSAGE = "must be a UK mobile number";
    static final String LANGUAGE = "[a-z]{2,3}";
    static final String LANGUAGE_MESSAGE = "must be an ISO 639 language code such as en or cy";

    private ContactFormats() {
    }
}
