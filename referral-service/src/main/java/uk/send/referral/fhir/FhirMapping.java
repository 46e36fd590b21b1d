package uk.send.referral.fhir;

import java.util.Collection;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.send.contracts.ClosureReason;
import uk.send.contracts.Priority;
import uk.send.contracts.ReferralStatus;

/**
 * Every rule that maps a referral onto FHIR R4, in one place. A referral is the school's {@code ServiceRequest}; the
 * clinical service's work on it is a {@code Task} whose {@code focus} is that request (HL7's order-workflow guidance:
 * the request is the school's, the Task is the performer's). So a clinician's decision changes the Task, and only the
 * requester's own acts, or the end of the request's life, change the ServiceRequest:
 *
 * <ul>
 *   <li>A question to the school puts the Task {@code on-hold}; the request stays {@code active} (the school did not
 *       suspend it).</li>
 *   <li>A decline is the Task {@code rejected}; the request stays {@code active}, for the school to act on.</li>
 *   <li>A school's withdrawal revokes the request; its Task is {@code cancelled}, or {@code failed} once work began
 *       (FHIR lets no Task go from {@code in-progress} to {@code cancelled}).</li>
 *   <li>Completed work completes both. A child discharged from the waiting list without being seen revokes the
 *       request and cancels the Task; discharged after the work began, both are completed.</li>
 *   <li>A transfer to adult services revokes the children's request: the adult service's referral is a new request
 *       that {@code replaces} it, with a Task of its own.</li>
 *   <li>A duplicate closed before triage decided anything was entered in error; one found after a decision revokes
 *       the request and ends its Task as a withdrawal would.</li>
 * </ul>
 *
 * {@code Task.businessStatus} carries the platform's own status and {@code Task.statusReason} the closure reason,
 * both coded in the platform's CodeSystems ({@link #STATUS_CODE_SYSTEM}, {@link #CLOSURE_CODE_SYSTEM}).
 */
public final class FhirMapping {

    /** The platform's CodeSystem of referral statuses, under the partnership's base (see {@code referral.fhir.base}). */
    public static final String STATUS_CODE_SYSTEM = "CodeSystem/send-referral-status";
    /** The platform's CodeSystem of clinical services. */
    public static final String SERVICE_CODE_SYSTEM = "CodeSystem/send-clinical-service";
    /** The platform's CodeSystem of closure reasons. */
    public static final String CLOSURE_CODE_SYSTEM = "CodeSystem/send-closure-reason";

    private FhirMapping() {
    }

    /** Where a referral has been: its status now, and whether triage decided anything and the work began. */
    public record Progress(ReferralStatus status, ClosureReason closureReason, boolean triaged, boolean started) {

        /** From its status now and every status it has been through, in any order. */
        public static Progress of(ReferralStatus now, Collection<ReferralStatus> path, ClosureReason closureReason) {
            boolean started = path.contains(ReferralStatus.IN_PROGRESS);
            boolean triaged = started || path.contains(ReferralStatus.ACCEPTED_WAITING)
                    || path.contains(ReferralStatus.MORE_INFORMATION_REQUESTED);
            return new Progress(now, closureReason, triaged, started);
        }
    }

    /**
     * The codes of one referral's state: ServiceRequest.status, Task.status, business status and closure reason. The
     * staff view shows them as its {@code fhir} block, so the JSON and the FHIR view never differ.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Statuses(String serviceRequest, String task, String businessStatus, String statusReason) {
    }

    public static Statuses of(Progress progress) {
        String business = code(progress.status());
        String reason = progress.closureReason() == null ? null : code(progress.closureReason());
        return switch (progress.status()) {
            case SUBMITTED -> new Statuses("active", "requested", business, null);
            case IN_TRIAGE -> new Statuses("active", "received", business, null);
            case MORE_INFORMATION_REQUESTED -> new Statuses("active", "on-hold", business, null);
            case ACCEPTED_WAITING -> new Statuses("active", "accepted", business, null);
            case IN_PROGRESS -> new Statuses("active", "in-progress", business, null);
            case CLOSED -> {
                String endedTask = progress.started() ? "failed" : "cancelled";
                yield switch (progress.closureReason()) {
                    case DECLINED -> new Statuses("active", "rejected", business, reason);
                    case WITHDRAWN -> new Statuses("revoked", endedTask, business, reason);
                    case COMPLETED -> new Statuses("completed", "completed", business, reason);
                    case DISCHARGED -> progress.started()
                            ? new Statuses("completed", "completed", business, reason)
                            : new Statuses("revoked", "cancelled", business, reason);
                    case TRANSFERRED_TO_ADULT_SERVICES -> new Statuses("revoked",
                            progress.started() ? "completed" : "cancelled", business, reason);
                    case DUPLICATE -> progress.triaged()
                            ? new Statuses("revoked", endedTask, business, reason)
                            : new Statuses("entered-in-error", "entered-in-error", business, reason);
                };
            }
        };
    }

    /**
     * ServiceRequest.priority and Task.priority (request-priority: routine, urgent, asap, stat): the platform's
     * "priority" is FHIR's {@code urgent}, its "urgent" FHIR's {@code asap}; nothing is {@code stat} (immediate).
     */
    public static String priority(Priority priority) {
        if (priority == null) {
            return null;
        }
        return switch (priority) {
            case ROUTINE -> "routine";
            case PRIORITY -> "urgent";
            case URGENT -> "asap";
        };
    }

    /** A platform code as its CodeSystem writes it: {@code more-information-requested}. */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
