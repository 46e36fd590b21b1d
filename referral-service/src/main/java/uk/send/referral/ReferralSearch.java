package uk.send.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ReferralStatus;

/** The referrals a member of staff may list, newest first, a page at a time, and how many there are. */
@ApplicationScoped
public class ReferralSearch {

    /**
     * What a caller may see: everything (a case worker), or the referrals of a school and those of a clinical service
     * (a SENCO, a clinician); nothing when neither is known.
     */
    public record Scope(boolean everything, Optional<String> schoolUrn, Optional<ClinicalService> service) {
    }

    /** A page of referrals and how many match, counted exactly up to {@code countedUpTo}. */
    public record Found(List<Referral> referrals, int counted) {
    }

    private final EntityManager entityManager;

    ReferralSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Found find(Scope scope, ReferralStatus status, ClinicalService service, int page, int size,
            int countedUpTo) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions.add(within(scope, parameters));
        if (status != null) {
            conditions.add("r.status = :status");
            parameters.put("status", status);
        }
        if (service != null) {
            conditions.add("r.service = :service");
            parameters.put("service", service);
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        List<Referral> referrals = Referral.<Referral>find("FROM Referral r" + where
                + " ORDER BY r.submittedAt DESC, r.id", parameters).page(Page.of(page, size)).list();
        // Counting stops one past the limit: an exact count of a very long list is not worth its cost.
        TypedQuery<UUID> ids = entityManager.createQuery("SELECT r.id FROM Referral r" + where, UUID.class)
                .setMaxResults(countedUpTo + 1);
        parameters.forEach(ids::setParameter);
        return new Found(referrals, ids.getResultList().size());
    }

    /**
     * The referrals the caller may see that changed at or after {@code since}, oldest change first (so a system
     * polling for changes pages forward without missing one), {@code count} from {@code offset}, one more than asked
     * for telling whether a next page exists.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Referral> updatedSince(Scope scope, Instant since, int offset, int count) {
        Map<String, Object> parameters = new HashMap<>();
        String where = " WHERE " + within(scope, parameters) + " AND r.updatedAt >= :since";
        parameters.put("since", since);
        TypedQuery<Referral> query = entityManager.createQuery("SELECT r FROM Referral r" + where
                + " ORDER BY r.updatedAt, r.id", Referral.class).setFirstResult(offset).setMaxResults(count + 1);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static String within(Scope scope, Map<String, Object> parameters) {
        if (scope.everything()) {
            return "1 = 1";
        }
        List<String> any = new ArrayList<>();
        scope.schoolUrn().ifPresent(urn -> {
            any.add("r.schoolUrn = :school");
            parameters.put("school", urn);
        });
        scope.service().ifPresent(service -> {
            any.add("r.service = :clinicalService");
            parameters.put("clinicalService", service);
        });
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
    }
}
