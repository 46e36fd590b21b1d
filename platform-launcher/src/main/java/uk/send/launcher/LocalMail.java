package uk.send.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** An SMTP server that keeps every message it receives, readable over IMAP with any user name and password. */
final class LocalMail implements Component {

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
        greenMail.withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        greenMail.start();
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** Every message received since start, for tests and demos. */
    public int received() {
        return greenMail.getReceivedMessages().length;
    }

    @Override
    public String address() {
        return "Mail            SMTP localhost:" + settings.smtpPort() + ", read it over IMAP localhost:"
                + settings.imapPort() + " as the recipient's address (any password)";
    }
}
