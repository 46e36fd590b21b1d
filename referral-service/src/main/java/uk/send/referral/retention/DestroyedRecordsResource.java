package uk.send.referral.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.access.CallerIdentity;
import uk.send.contracts.referral.ReferralRecordsDestroyed;

/** The register of destroyed records, newest first: what went, when, why and on whose authority. */
@Path("/api/destroyed-records")
@RolesAllowed(CallerIdentity.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
public class DestroyedRecordsResource {

    private final EntityManager entityManager;

    DestroyedRecordsResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Transactional
    @Operation(summary = "The register of destroyed referral records, newest first",
            description = "Each entry: the referral's reference and service, why it went (its retention period ended, "
                    + "or it was erased, with the ground and the request's reference), who or what destroyed it and "
                    + "when. Nothing about the child: that is what was destroyed.")
    public List<DestroyedRecordView> register(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT reference, service, why, ground, "
                        + "request_reference, kept_until, destroyed_by, destroyed_at FROM destroyed_record "
                        + "ORDER BY destroyed_at DESC, referral_id LIMIT ?1 OFFSET ?2")
                .setParameter(1, size).setParameter(2, page * size).getResultList();
        return rows.stream().map(row -> new DestroyedRecordView(((String) row[0]).trim(), (String) row[1],
                ReferralRecordsDestroyed.Why.valueOf((String) row[2]),
                row[3] == null ? null : ErasureGround.valueOf((String) row[3]).inWords(), (String) row[4],
                row[5] instanceof Date day ? day.toLocalDate() : (LocalDate) row[5], (String) row[6], instant(row[7]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
