package uk.send.notification.delivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.send.contracts.Channel;

/** What the record of delivery attempts says about notices: the channels each was tried on, in order. */
@ApplicationScoped
public class DeliveryAttempts {

    private final EntityManager entityManager;

    DeliveryAttempts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The channels each notice was tried on, in order: "text message, then email" when a text could not go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, List<Channel>> channelsTried(Collection<UUID> noticeIds) {
        Map<UUID, List<Channel>> tried = new HashMap<>();
        if (noticeIds.isEmpty()) {
            return tried;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT notice_id, channel FROM delivery_attempt "
                + "WHERE notice_id = ANY(?1) ORDER BY id", Object[].class)
                .setParameter(1, noticeIds.toArray(UUID[]::new)).getResultList();
        for (Object[] row : rows) {
            List<Channel> channels = tried.computeIfAbsent((UUID) row[0], id -> new ArrayList<>());
            Channel channel = Channel.valueOf((String) row[1]);
            if (channels.isEmpty() || channels.get(channels.size() - 1) != channel) {
                channels.add(channel);
            }
        }
        return tried;
    }

    /** The channels one notice was tried on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Channel> channelsTried(UUID noticeId) {
        return channelsTried(List.of(noticeId)).getOrDefault(noticeId, List.of());
    }
}
