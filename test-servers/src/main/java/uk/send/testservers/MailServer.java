package uk.send.testservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) that keeps what it receives, once per test JVM on a free port. It can be stopped
 * and started again on the same port, as an outage would.
 */
public final class MailServer {

    private static GreenMail greenMail;
    private static int port;

    private MailServer() {
    }

    public static synchronized int port() {
        if (greenMail == null) {
            port = freePort();
            start();
        }
        return port;
    }

    public static synchronized void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public static synchronized void stop() {
        greenMail.stop();
    }

    /** Every message received since the server last started. */
    public static synchronized List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** Messages to one address. */
    public static List<MimeMessage> to(String address) {
        return received().stream().filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
