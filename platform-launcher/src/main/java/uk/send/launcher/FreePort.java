package uk.send.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for a port to be free again before a server is started on it: a server that was just stopped can hold its
 * port for a moment after it says it has stopped, and a restart on a port still held fails at once.
 */
final class FreePort {

    private FreePort() {
    }

    static void await(int port, Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (!free(port)) {
            if (Instant.now().isAfter(deadline)) {
                // Starting will fail and say why; there is nothing more to wait for.
                return;
            }
            Thread.sleep(200);
        }
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException held) {
            return false;
        }
    }
}
