package uk.send.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.send.contracts.Channel;
import uk.send.notification.Notice;

/**
 * A provider that takes the connection and never answers must not hold a sender for ever: the attempt ends as a
 * passing failure within the bounded wait, so the notice is tried again later, by the same claim's owner, rather than
 * sent a second time by another sender once the claim runs out.
 */
class NotifyUnansweredTest {

    private ServerSocket silent;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aProviderThatNeverAnswers() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept()); // read nothing, answer nothing
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-provider");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        silent.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void anUnansweredSendIsAPassingFailureNotAHang() {
        NotifyGateway gateway = new NotifyGateway(new NotifyGateway.Account(
                "http://127.0.0.1:" + silent.getLocalPort(),
                "send_test-" + UUID.randomUUID() + "-" + UUID.randomUUID(), UUID.randomUUID().toString(), null),
                null);
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.channel = Channel.EMAIL;
        notice.email = "parent@example.org";
        notice.subject = "Referral update";
        notice.body = "Your child's referral has been closed.";

        // Well past the 20 s wait for an answer; without the bound the send would never return.
        DeliveryOutcome outcome = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> gateway.send(notice));

        assertThat(outcome.kind()).isEqualTo(DeliveryOutcome.Kind.TEMPORARY_FAILURE);
        assertThat(outcome.detail()).startsWith("GOV.UK Notify could not be reached").contains("timed out")
                .doesNotContain("parent@example.org");
        assertThat(held).isNotEmpty();
    }

    @Test
    void noAnswerAtAllIsClassedAsPassing() {
        assertThat(NotifyGateway.classify(0, "java.net.ConnectException: Connection refused").kind())
                .isEqualTo(DeliveryOutcome.Kind.TEMPORARY_FAILURE);
        assertThat(NotifyGateway.classify(400, null).kind()).isEqualTo(DeliveryOutcome.Kind.PERMANENT_FAILURE);
        assertThat(NotifyGateway.classify(503, null).detail()).isEqualTo("GOV.UK Notify answered 503");
    }
}
