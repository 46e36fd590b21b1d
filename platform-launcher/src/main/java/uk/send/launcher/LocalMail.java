package uk.send.launcher;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** An SMTP server that keeps every message it receives, readable over IMAP with any user name and password. */
public final class LocalMail implements Component {

    private final PlatformSettings settings;
    private GreenMail greenMail;

    LocalMail(PlatformSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public void start() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(settings.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        greenMail.start();
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** Every message received since start, oldest first. */
    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The messages received since start addressed to one recipient, oldest first: what a test reads. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** A message's subject and plain text, decoded. */
    public static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + GreenMailUtil.getBody(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String address() {
        return "Mail            SMTP localhost:" + settings.smtpPort() + ", read it over IMAP localhost:"
                + settings.imapPort() + " as the recipient's address (any password)";
    }
}
