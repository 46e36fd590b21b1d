package uk.send.transition;

import io.quarkus.test.junit.QuarkusTest;
import uk.send.testservers.ServiceStartsContract;

@QuarkusTest
class TransitionServiceStartsTest extends ServiceStartsContract {

    @Override
    protected String protectedPath() {
        return "/api/children";
    }

    @Override
    protected String database() {
        return "transition";
    }
}
