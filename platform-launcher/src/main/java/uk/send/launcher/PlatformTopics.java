package uk.send.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import uk.send.contracts.Topics;

/** The platform's topics, each with its dead-letter topic, on a broker of one node: made where missing. */
final class PlatformTopics {

    private PlatformTopics() {
    }

    /**
     * Partitions of each topic (dead-letter topics have one), which bound how many instances of a service share a
     * topic's records: {@code KAFKA_NUM_PARTITIONS}, 3 unless told (deploy/'s count).
     */
    static int partitions() {
        return Integer.parseInt(System.getenv().getOrDefault("KAFKA_NUM_PARTITIONS", "3"));
    }

    static void createMissing(Admin admin, int partitions) throws Exception {
        Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : Topics.ALL) {
            missing.add(new NewTopic(topic, partitions, (short) 1));
            // One partition: dead letters are few, and read in the order they came.
            missing.add(new NewTopic(Topics.deadLetter(topic), 1, (short) 1));
        }
        missing.removeIf(topic -> existing.contains(topic.name()));
        admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
    }
}
