package uk.send.system;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Counting notices in a mailbox. */
final class Notices {

    private Notices() {
    }

    /**
     * How many different notices these messages carry. A notice re-sent after a crash keeps its Message-ID (the
     * notice's id), which lets a mail system drop the copy; a second notice about the same thing would not.
     */
    static int distinct(List<MimeMessage> messages) {
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : messages) {
            try {
                ids.add(message.getMessageID());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids.size();
    }
}
