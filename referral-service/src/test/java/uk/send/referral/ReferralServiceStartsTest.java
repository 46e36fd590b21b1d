package uk.send.referral;

import io.quarkus.test.junit.QuarkusTest;
import uk.send.testservers.ServiceStartsContract;

@QuarkusTest
class ReferralServiceStartsTest extends ServiceStartsContract {

    @Override
    protected String protectedPath() {
        return "/api/referrals";
    }

    @Override
    protected String database() {
        return "referral";
    }
}
