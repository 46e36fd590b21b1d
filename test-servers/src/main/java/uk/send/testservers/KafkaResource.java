package uk.send.testservers;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points Quarkus Messaging and every Kafka client of the application at the test JVM's Kafka broker. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> properties = new HashMap<>();
        KafkaBroker.clientProperties().forEach((key, value) -> properties.put("kafka." + key, value));
        return properties;
    }

    @Override
    public void stop() {
        // Shared by every test of the JVM; it runs until the JVM exits.
    }
}
