package uk.send.notification;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.send.launcher.LocalTextMessages;

/** The local text message service (it speaks GOV.UK Notify's API), once per test JVM, as the local platform runs it. */
public class TextMessageService implements QuarkusTestResourceLifecycleManager {

    static LocalTextMessages service;

    @Override
    public synchronized Map<String, String> start() {
        if (service == null) {
            try {
                service = new LocalTextMessages(0);
                service.start();
            } catch (Exception e) {
                throw new IllegalStateException("The local text message service did not start", e);
            }
        }
        return Map.of("notification.text-messages.base-url", service.baseUrl());
    }

    @Override
    public void stop() {
        // Shared by every test of the JVM; it goes with the JVM.
    }
}
