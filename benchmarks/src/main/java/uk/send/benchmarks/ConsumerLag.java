package uk.send.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How many records the services' consumer groups have still to process, over every topic they read. */
final class ConsumerLag {

    private ConsumerLag() {
    }

    static long total(Map<String, Object> client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            long lag = 0;
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                committed.values().removeIf(offset -> offset == null);
                if (committed.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
                Map<TopicPartition, Long> ends = new HashMap<>();
                admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
                for (Map.Entry<TopicPartition, OffsetAndMetadata> offset : committed.entrySet()) {
                    lag += Math.max(0, ends.get(offset.getKey()) - offset.getValue().offset());
                }
            }
            return lag;
        }
    }
}
