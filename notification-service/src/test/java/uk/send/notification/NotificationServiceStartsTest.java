package uk.send.notification;

import io.quarkus.test.junit.QuarkusTest;
import uk.send.testservers.ServiceStartsContract;

@QuarkusTest
class NotificationServiceStartsTest extends ServiceStartsContract {

    @Override
    protected String protectedPath() {
        return "/api/closure-audit";
    }

    @Override
    protected String database() {
        return "notification";
    }
}
