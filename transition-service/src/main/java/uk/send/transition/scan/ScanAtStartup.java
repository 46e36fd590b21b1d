package uk.send.transition.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Runs today's scan at start-up when no scan has finished today: a service that was down at 06:00 would otherwise
 * wait a whole day to send what was due. In the background, so that the service answers meanwhile; the scan's own
 * "once" guard makes a scan running at the same time elsewhere harmless.
 */
@ApplicationScoped
class ScanAtStartup {

    private static final Logger LOG = Logger.getLogger(ScanAtStartup.class);

    void onStart(@Observes StartupEvent started, TransitionScan scan, ManagedExecutor executor,
            @ConfigProperty(name = "transition.scan-cron", defaultValue = "0 0 6 * * ?") String cron) {
        if ("off".equals(cron)) {
            return;
        }
        executor.runAsync(() -> {
            int raised = scan.catchUp();
            if (raised > 0) {
                LOG.infof("Start-up scan raised %d transition events", raised);
            }
        });
    }
}
