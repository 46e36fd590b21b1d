package uk.send.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

/**
 * A family member's side of an invitation, as a person does it: read the invitation in their mailbox (over IMAP from
 * the local mail server) and enter its code after signing in. The demo parent is linked to their child this way,
 * through the same path as every family.
 */
public final class FamilyInvitations {

    private static final Pattern CODE = Pattern.compile("Enter this code: ([A-Z2-9]{4}-[A-Z2-9]{4})");

    private final PlatformSettings settings;
    private final ServiceApi api;

    public FamilyInvitations(PlatformSettings settings, ServiceApi api) {
        this.settings = settings;
        this.api = api;
    }

    /** Waits for the invitation about a referral to reach the address, and returns its code. */
    public String awaitCode(String address, UUID referralId, Duration patience) {
        // A notice names the referral by the reference people read aloud.
        return awaitCode(address, api.get("referral-service", "/api/referrals/" + referralId, "caseworker")
                .expect(200).json().path("reference").asText(referralId.toString()), patience);
    }

    /** Waits for the invitation about the referral with this reference to reach the address; returns its code. */
    public String awaitCode(String address, String reference, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            Optional<String> code = codeIn(address, reference);
            if (code.isPresent()) {
                return code.get();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("No invitation about referral " + reference + " reached the "
                        + "mailbox in " + patience.toSeconds() + " s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Reads the invitation about the referral from the user's mailbox and enters its code as that user. */
    public void accept(String user, String address, UUID referralId) {
        enter(user, awaitCode(address, referralId, Duration.ofSeconds(90)));
    }

    /** The same, for the referral with this reference (SND-4KQ7-9TXY), without reading the referral first. */
    public void accept(String user, String address, String reference) {
        enter(user, awaitCode(address, reference, Duration.ofSeconds(90)));
    }

    private void enter(String user, String code) {
        api.post("referral-service", "/api/family/invitations", user, Map.of("code", code)).expect(200);
    }

    private Optional<String> codeIn(String address, String reference) {
        Store store = null;
        try {
            store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", settings.imapPort(), address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Optional<String> newest = Optional.empty();
            for (Message message : inbox.getMessages()) {
                String text = LocalMail.text((MimeMessage) message);
                Matcher code = CODE.matcher(text);
                if (text.contains(reference) && code.find()) {
                    newest = Optional.of(code.group(1));
                }
            }
            inbox.close(false);
            return newest;
        } catch (MessagingException e) {
            return Optional.empty();
        } finally {
            if (store != null) {
                try {
                    store.close();
                } catch (MessagingException ignored) {
                    // Nothing was changed in the mailbox.
                }
            }
        }
    }
}
