package uk.send.referral.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

import uk.send.referral.FamilyContact;
import uk.send.referral.Referral;
import uk.send.referral.StatusChange;

/**
 * One referral as FHIR R4 resources claiming the NHS England UK Core profiles: the school's ServiceRequest, the
 * clinical service's Task, the child (Patient), each family contact (RelatedPerson), the school (Organization) and a
 * Provenance for each change of status. The statuses come from {@link FhirMapping}. The Unique Pupil Number is left
 * out: DfE restricts it to education use. Staff's free text is left out too (reasons, questions, answers): the view
 * carries the referral's own reason for referral, written by the school for the service.
 */
final class FhirReferral {

    static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/";
    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    static final String NHS_NUMBER_VERIFICATION = UK_CORE + "Extension-UKCore-NHSNumberVerificationStatus";
    static final String NHS_NUMBER_VERIFICATION_CODES =
            "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";

    private final Referral referral;
    private final String base;

    FhirReferral(Referral referral, String systemBase) {
        this.referral = referral;
        this.base = systemBase.endsWith("/") ? systemBase.substring(0, systemBase.length() - 1) : systemBase;
    }

    private String id() {
        return referral.id().toString();
    }

    ServiceRequest serviceRequest() {
        FhirMapping.Statuses statuses = FhirMapping.of(referral.fhirProgress());
        ServiceRequest request = new ServiceRequest();
        request.setId(id());
        request.setMeta(profile("UKCore-ServiceRequest"));
        request.addIdentifier(new Identifier().setSystem(base + "/Id/referral-reference")
                .setValue(referral.reference()));
        request.setStatus(ServiceRequest.ServiceRequestStatus.fromCode(statuses.serviceRequest()));
        // A school asks for the service's assessment and help: an order placed with the service, not a proposal.
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        // SNOMED CT 3457005 "Patient referral" categorises the request, as e-RS and BaRS do.
        request.addCategory(new CodeableConcept(new Coding("http://snomed.info/sct", "3457005", "Patient referral")));
        if (referral.priority() != null) {
            request.setPriority(ServiceRequest.ServiceRequestPriority.fromCode(
                    FhirMapping.priority(referral.priority())));
        }
        request.setCode(new CodeableConcept(new Coding(base + "/" + FhirMapping.SERVICE_CODE_SYSTEM,
                FhirMapping.code(referral.service()), referral.service().inPlainWords()))
                .setText(referral.service().inPlainWords()));
        request.setSubject(new Reference("Patient/" + id()));
        request.setAuthoredOn(Date.from(referral.submittedAt()));
        request.setRequester(new Reference("Organization/" + schoolId()).setDisplay("The child's school"));
        request.addReasonCode(new CodeableConcept().setText(referral.reason()));
        if (referral.transferredFrom() != null) {
            // A hand-over to an adult service: this request replaces the children's one (FHIR's "replaces").
            request.addReplaces(new Reference("ServiceRequest/" + referral.transferredFrom()));
        }
        return request;
    }

    Task task() {
        FhirMapping.Statuses statuses = FhirMapping.of(referral.fhirProgress());
        Task task = new Task();
        task.setId(id());
        task.setMeta(profile("UKCore-Task"));
        task.setStatus(Task.TaskStatus.fromCode(statuses.task()));
        task.setIntent(Task.TaskIntent.ORDER);
        if (referral.priority() != null) {
            task.setPriority(Task.TaskPriority.fromCode(FhirMapping.priority(referral.priority())));
        }
        task.setBusinessStatus(new CodeableConcept(new Coding(base + "/" + FhirMapping.STATUS_CODE_SYSTEM,
                statuses.businessStatus(), words(referral.status()))));
        if (statuses.statusReason() != null) {
            task.setStatusReason(new CodeableConcept(new Coding(base + "/" + FhirMapping.CLOSURE_CODE_SYSTEM,
                    statuses.statusReason(), words(referral.closureReason()))));
        }
        task.setFocus(new Reference("ServiceRequest/" + id()));
        task.setFor(new Reference("Patient/" + id()));
        task.setAuthoredOn(Date.from(referral.submittedAt()));
        task.setLastModified(Date.from(referral.updatedAt()));
        task.setRequester(new Reference("Organization/" + schoolId()));
        task.setOwner(new Reference().setDisplay(referral.service().inPlainWords()));
        return task;
    }

    Patient patient() {
        Patient patient = new Patient();
        patient.setId(id());
        patient.setMeta(profile("UKCore-Patient"));
        String nhsNumber = referral.child().nhsNumber();
        if (nhsNumber != null) {
            Identifier identifier = patient.addIdentifier().setSystem(NHS_NUMBER).setValue(nhsNumber);
            // A number the school wrote down has not been traced against the NHS Personal Demographics Service.
            identifier.addExtension(NHS_NUMBER_VERIFICATION, new CodeableConcept(new Coding(
                    NHS_NUMBER_VERIFICATION_CODES, "02", "Number present but not traced")));
        }
        patient.addName(new HumanName().setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(referral.child().familyName()).addGiven(referral.child().givenName()));
        // The day itself, not an instant: a date of birth has no time zone to shift it by.
        patient.setBirthDateElement(new DateType(referral.child().dateOfBirth().toString()));
        return patient;
    }

    List<RelatedPerson> relatedPersons() {
        List<RelatedPerson> people = new ArrayList<>();
        for (FamilyContact contact : referral.familyContacts()) {
            RelatedPerson person = new RelatedPerson();
            person.setId(contact.id().toString());
            person.setMeta(profile("UKCore-RelatedPerson"));
            person.setPatient(new Reference("Patient/" + id()));
            person.addRelationship(new CodeableConcept().setText(contact.relationship()));
            person.addName(new HumanName().setText(contact.name()));
            if (contact.email() != null) {
                person.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(contact.email());
            }
            if (contact.mobile() != null) {
                person.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE)
                        .setUse(ContactPoint.ContactPointUse.MOBILE).setValue(contact.mobile());
            }
            if (contact.addressLine1() != null) {
                person.addAddress().addLine(contact.addressLine1()).addLine(contact.addressLine2())
                        .setPostalCode(contact.postcode());
            }
            people.add(person);
        }
        return people;
    }

    Organization school() {
        Organization school = new Organization();
        school.setId(schoolId());
        school.setMeta(profile("UKCore-Organization"));
        school.addIdentifier().setSystem(base + "/Id/school-urn").setValue(referral.schoolUrn());
        school.addType(new CodeableConcept().setText("School"));
        if (referral.schoolContact() != null) {
            school.addContact().setName(new HumanName().setText(referral.schoolContact().name()))
                    .addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(referral.schoolContact().email());
        }
        return school;
    }

    /** A Provenance for each change of status: which status, when, and whose act it was (school or service). */
    List<Provenance> provenance() {
        List<Provenance> provenance = new ArrayList<>();
        int sequence = 0;
        for (StatusChange change : referral.timeline()) {
            sequence++;
            if (change.from() == change.to()) {
                continue; // a re-prioritisation, not a change of status
            }
            Provenance entry = new Provenance();
            entry.setId(id() + "-" + sequence);
            entry.setMeta(profile("UKCore-Provenance"));
            entry.addTarget(new Reference("Task/" + id()));
            entry.setRecorded(Date.from(change.at()));
            entry.setActivity(new CodeableConcept(new Coding(base + "/" + FhirMapping.STATUS_CODE_SYSTEM,
                    FhirMapping.code(change.to()), words(change.to()))));
            Provenance.ProvenanceAgentComponent agent = entry.addAgent();
            agent.setWho(change.to() == uk.send.contracts.ReferralStatus.SUBMITTED
                    ? new Reference("Organization/" + schoolId())
                    : new Reference().setDisplay(referral.service().inPlainWords()));
            provenance.add(entry);
        }
        return provenance;
    }

    /** The referral as one {@code collection} Bundle: the request, its Task, the people and the history. */
    Bundle bundle() {
        Bundle bundle = new Bundle();
        bundle.setId(id());
        bundle.setMeta(profile("UKCore-Bundle"));
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(referral.updatedAt()));
        List<Resource> resources = new ArrayList<>(List.of(serviceRequest(), task(), patient()));
        resources.addAll(relatedPersons());
        resources.add(school());
        resources.addAll(provenance());
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base + "/fhir/" + resource.fhirType() + "/" + resource.getIdPart())
                    .setResource(resource);
        }
        return bundle;
    }

    private String schoolId() {
        return "school-" + referral.schoolUrn();
    }

    private static Meta profile(String name) {
        return new Meta().addProfile(UK_CORE + name);
    }

    private static String words(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
