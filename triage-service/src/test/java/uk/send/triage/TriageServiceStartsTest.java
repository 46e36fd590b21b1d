package uk.send.triage;

import io.quarkus.test.junit.QuarkusTest;
import uk.send.testservers.ServiceStartsContract;

@QuarkusTest
class TriageServiceStartsTest extends ServiceStartsContract {

    @Override
    protected String protectedPath() {
        return "/api/triage/queue";
    }

    @Override
    protected String database() {
        return "triage";
    }
}
