package uk.send.transition.children;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.send.contracts.referral.ReferralChildCorrected;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.identifiers.England;
import uk.send.transition.Child;
import uk.send.transition.ChildReferral;
import uk.send.transition.Setting;
import uk.send.transition.TransitionPlan;
import uk.send.transition.calendar.Transition;
import uk.send.transition.scan.TransitionScan;

/**
 * Children's records: registered by a case worker, learned from a referral, corrected. Each change is scanned in its
 * own transaction, so what it makes due is raised at once rather than at the next daily scan.
 */
@ApplicationScoped
public class ChildRecords {

    private final TransitionScan scan;
    private final KnownSchools schools;
    private final EntityManager entityManager;

    ChildRecords(TransitionScan scan, KnownSchools schools, EntityManager entityManager) {
        this.scan = scan;
        this.schools = schools;
        this.entityManager = entityManager;
    }

    /** Registers a child a case worker knows, with their details confirmed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Child register(Child child) {
        child.id = UUID.randomUUID();
        child.createdAt = Instant.now();
        child.detailsConfirmed = true;
        child.persist();
        if (child.schoolUrn != null) {
            schools.add(child.schoolUrn, null);
        }
        scan.scanChild(child.id);
        return child;
    }

    /**
     * Learns a child from a referral: the child of the referral it was handed over from, or matched on NHS number or
     * UPN, or recorded with details to confirm (the school's referral says nothing of their setting, plan or social
     * care). Follows the referral until it closes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learnFrom(ReferralSubmitted submitted) {
        ReferralSubmitted.Child referred = submitted.child();
        Child child = handedOverFrom(submitted).or(() -> matching(referred.nhsNumber(), referred.upn()))
                .orElseGet(() -> learned(referred.givenName(), referred.familyName(), referred.dateOfBirth(),
                        referred.nhsNumber(), referred.upn()));
        if (child.schoolUrn == null && submitted.schoolUrn() != null) {
            child.schoolUrn = submitted.schoolUrn();
        }
        if (submitted.schoolUrn() != null) {
            schools.add(submitted.schoolUrn(), null);
        }
        if (referred.yearGroup() != null && !child.detailsConfirmed) {
            child.actualYearGroup = referred.yearGroup();
            child.yearGroupRecordedOn = submitted.submittedAt().atZone(England.ZONE).toLocalDate();
        }
        ChildReferral referral = new ChildReferral();
        referral.referralId = submitted.referralId();
        referral.childId = child.id;
        referral.service = submitted.service();
        referral.open = true;
        referral.persist();
        scan.scanChild(child.id);
    }

    /** Corrects a child's record, audits each change, and raises what the corrected timeline makes due. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String[]> correct(Child child, ObjectNode body, String by) {
        LocalDate today = England.today();
        List<String[]> changes = ChildCorrection.read(body, child, today, schools).applyTo(child, today);
        audit(child, changes, by);
        for (Transition move : child.transitions()) {
            TransitionPlan plan = TransitionPlan.findById(new TransitionPlan.Key(child.id, move.type()));
            if (plan != null) {
                plan.recordCompleteness(child, move, today);
            }
        }
        scan.scanChild(child.id);
        return changes;
    }

    /**
     * The referred child's details were corrected on a referral. A record learnt from referrals and not yet confirmed
     * by a case worker follows: names, date of birth, and the NHS number and UPN unless another child's record holds
     * them. A confirmed record is the case workers' and stays as they confirmed it. Each change is audited as the
     * referral's correction, and the corrected timeline raises what it makes due.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followCorrection(ReferralChildCorrected corrected) {
        ChildReferral link = ChildReferral.findById(corrected.referralId());
        Child child = link == null ? null : Child.findById(link.childId);
        if (child == null || child.detailsConfirmed) {
            return;
        }
        ReferralSubmitted.Child now = corrected.child();
        List<String[]> changes = new ArrayList<>();
        change(changes, "givenName", child.givenName, now.givenName(), value -> child.givenName = value);
        change(changes, "familyName", child.familyName, now.familyName(), value -> child.familyName = value);
        change(changes, "dateOfBirth", String.valueOf(child.dateOfBirth), String.valueOf(now.dateOfBirth()),
                value -> child.dateOfBirth = now.dateOfBirth());
        if (now.nhsNumber() != null && matching(now.nhsNumber(), null).filter(other -> other != child).isEmpty()) {
            change(changes, "nhsNumber", child.nhsNumber, now.nhsNumber(), value -> child.nhsNumber = value);
        }
        if (now.upn() != null && Child.find("upn", now.upn()).firstResultOptional().filter(other -> other != child)
                .isEmpty()) {
            change(changes, "upn", child.upn, now.upn(), value -> child.upn = value);
        }
        if (!changes.isEmpty()) {
            audit(child, changes, "referral correction");
            scan.scanChild(child.id);
        }
    }

    private static void change(List<String[]> changes, String field, String before, String after,
            Consumer<String> apply) {
        if (!Objects.equals(before, after)) {
            apply.accept(after);
            changes.add(new String[] {field, before, after});
        }
    }

    private void audit(Child child, List<String[]> changes, String by) {
        Instant now = Instant.now();
        for (String[] change : changes) {
            entityManager.createNativeQuery("""
                    INSERT INTO child_correction (child_id, field, old_value, new_value, changed_by, changed_at)
                    VALUES (:child, :field, :before, :after, :by, :at)""")
                    .setParameter("child", child.id).setParameter("field", change[0])
                    .setParameter("before", change[1]).setParameter("after", change[2])
                    .setParameter("by", by).setParameter("at", now).executeUpdate();
        }
    }

    /** What a case worker records of a transition's plan. */
    public interface PlanChange {
        void applyTo(TransitionPlan plan, Child child, Transition move);
    }

    /** Records a change to a transition's plan (the plan is made when first written) and whether it is complete. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TransitionPlan updatePlan(Child child, Transition move, PlanChange change) {
        TransitionPlan plan = TransitionPlan.findById(new TransitionPlan.Key(child.id, move.type()));
        if (plan == null) {
            plan = TransitionPlan.empty(child.id, move.type());
            plan.persist();
        }
        change.applyTo(plan, child, move);
        plan.recordCompleteness(child, move, England.today());
        return plan;
    }

    /** The child of the children's referral an adult one was handed over from. */
    private static Optional<Child> handedOverFrom(ReferralSubmitted submitted) {
        return Optional.ofNullable(submitted.transferredFrom())
                .flatMap(from -> ChildReferral.<ChildReferral>findByIdOptional(from))
                .flatMap(from -> Child.<Child>findByIdOptional(from.childId));
    }

    /** The child known by this NHS number, else by this UPN. */
    public static Optional<Child> matching(String nhsNumber, String upn) {
        if (nhsNumber != null) {
            Optional<Child> byNhsNumber = Child.find("nhsNumber", nhsNumber).firstResultOptional();
            if (byNhsNumber.isPresent()) {
                return byNhsNumber;
            }
        }
        if (upn != null) {
            return Child.find("upn", upn).firstResultOptional();
        }
        return Optional.empty();
    }

    /**
     * A child named by their school, as in a request for an EHC needs assessment: the child known by NHS number or
     * UPN, or recorded at that school with details for a case worker to confirm.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Child namedBySchool(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
            String upn, String schoolUrn) {
        return matching(nhsNumber, upn).orElseGet(() -> {
            Child learned = learned(givenName, familyName, dateOfBirth, nhsNumber, upn);
            learned.schoolUrn = schoolUrn;
            schools.add(schoolUrn, null);
            return learned;
        });
    }

    /** A child learned from a school, with their setting, plan and social care for a case worker to confirm. */
    private static Child learned(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
            String upn) {
        Child learned = new Child();
        learned.id = UUID.randomUUID();
        learned.givenName = givenName;
        learned.familyName = familyName;
        learned.dateOfBirth = dateOfBirth;
        learned.nhsNumber = nhsNumber;
        learned.upn = upn;
        learned.setting = Setting.MAINSTREAM;
        learned.createdAt = Instant.now();
        learned.detailsConfirmed = false;
        learned.persist();
        return learned;
    }
}
