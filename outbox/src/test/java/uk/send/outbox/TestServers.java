package uk.send.outbox;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import uk.send.testservers.KafkaResource;
import uk.send.testservers.PostgresResource;

/** Every test of this module runs against the same real PostgreSQL and Kafka. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
public final class TestServers {
    private TestServers() {
    }
}
