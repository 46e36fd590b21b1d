package uk.send.notification.template;

/**
 * What every notice's template is told of whom the notice is for and what it is about: the audience (FAMILY, SCHOOL
 * or CASEWORKER), the person's name, the child's given name, the service in plain words, the referral's reference
 * and the family page's address. A template declares it as {@code notice}.
 */
public record NoticeData(String audience, String name, String child, String service, String reference,
        String inboxUrl) {
}
