package uk.send.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import uk.send.testservers.KafkaResource;
import uk.send.testservers.MailResource;
import uk.send.testservers.OidcResource;
import uk.send.testservers.PostgresResource;

/**
 * Every test of this service runs against the same real PostgreSQL, Kafka, OIDC issuer, SMTP server and text message
 * service.
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notification"))
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TextMessageService.class, scope = TestResourceScope.GLOBAL)
public final class TestServers {
    private TestServers() {
    }
}
