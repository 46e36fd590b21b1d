package uk.send.notification.template;

/** A family contact's invitation: the one-time code and the day it stops working. */
public record InvitationWords(String code, String expiresOn) implements EventWords {
}
