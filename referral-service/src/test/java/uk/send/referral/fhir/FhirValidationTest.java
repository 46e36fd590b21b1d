package uk.send.referral.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.Priority;
import uk.send.contracts.ReferralStatus;
import uk.send.referral.ChangeDetails;
import uk.send.referral.Child;
import uk.send.referral.Consent;
import uk.send.referral.FamilyContact;
import uk.send.referral.Referral;
import uk.send.referral.SchoolContact;

/**
 * Every resource of the FHIR view, for a referral in every state and closed for every reason the lifecycle allows, is
 * valid FHIR R4 to HAPI's validator with R4's own structure definitions and terminology: no errors.
 *
 * <p>The UK Core profiles the resources claim in {@code meta.profile} are not published where the build can fetch
 * them, so by default each resource is checked against base R4 with its profile claims set aside. Given a folder of
 * UK Core's definitions ({@code -Dfhir.ukcore.dir=...}: a checkout of NHS England's FHIR-R4-UKCORE repository, whose
 * {@code structuredefinitions}, {@code valuesets} and {@code codesystems} are read), the resources are checked against
 * the UK Core profiles as well.
 */
class FhirValidationTest {

    private static final FhirContext R4 = FhirContext.forR4Cached();
    private static final Optional<Path> UK_CORE = Optional.ofNullable(System.getProperty("fhir.ukcore.dir"))
            .map(Path::of);
    private static final FhirValidator VALIDATOR = validator();
    private static final Instant AT = Instant.parse("2026-09-14T09:30:00Z");

    private static FhirValidator validator() {
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
                ukCore(), new SnapshotGeneratingValidationSupport(R4),
                new InMemoryTerminologyServerValidationSupport(R4), new CommonCodeSystemsTerminologyService(R4));
        return R4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }

    /** UK Core's profiles, value sets and code systems where a folder of them is given; none otherwise. */
    private static PrePopulatedValidationSupport ukCore() {
        PrePopulatedValidationSupport definitions = new PrePopulatedValidationSupport(R4);
        UK_CORE.ifPresent(folder -> {
            for (String kind : List.of("structuredefinitions", "valuesets", "codesystems")) {
                try (Stream<Path> files = Files.list(folder.resolve(kind))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                        IBaseResource resource = R4.newXmlParser().parseResource(Files.readString(file));
                        if (resource instanceof StructureDefinition definition) {
                            definitions.addStructureDefinition(definition);
                        } else if (resource instanceof ValueSet valueSet) {
                            definitions.addValueSet(valueSet);
                        } else if (resource instanceof CodeSystem codeSystem) {
                            definitions.addCodeSystem(codeSystem);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return definitions;
    }

    /** The resource's errors; without UK Core's definitions, checked against base R4 with its profile claims aside. */
    private static List<String> errors(Resource resource) {
        Resource checked = resource.copy();
        if (UK_CORE.isEmpty()) {
            checked.getMeta().getProfile().clear();
            if (checked instanceof Bundle bundle) {
                bundle.getEntry().forEach(entry -> entry.getResource().getMeta().getProfile().clear());
            }
        }
        return VALIDATOR.validateWithResult(R4.newJsonParser().encodeResourceToString(checked)).getMessages()
                .stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::toString).toList();
    }

    /** A referral with an NHS number, a priority and two family contacts, moved along {@code path}. */
    private static Referral referral(List<ReferralStatus> path, ClosureReason closure) {
        Referral referral = Referral.submit(ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "100001",
                new SchoolContact("Ms Patel", "senco@oakfield.example.org"),
                new Child("Amara", "Jones", LocalDate.of(2018, 3, 1), "9434765919", "A123456789012", null),
                "Limited expressive language for her age", false, false, new Consent("Ms Patel", AT),
                "senco.oakfield", AT);
        referral.addFamilyContact(new FamilyContact.Details("Grace Jones", "mother", "grace@example.org",
                "07700 900123", "1 High Street", null, "AB1 2CD", Channel.EMAIL, "en", AccessibleFormat.NONE, false));
        referral.addFamilyContact(new FamilyContact.Details("Sam Jones", "father", null, null, "1 High Street",
                "Flat 2", "AB1 2CD", Channel.LETTER, "en", AccessibleFormat.LARGE_PRINT, false));
        Instant at = AT;
        for (ReferralStatus to : path) {
            at = at.plusSeconds(86_400);
            Priority priority = to == ReferralStatus.ACCEPTED_WAITING ? Priority.PRIORITY : null;
            referral.moveTo(to, priority, null, ChangeDetails.none(), "clinician.salt", at);
        }
        if (closure != null) {
            referral.close(closure, "Closed", List.of("Talking Together at the family hub"), "clinician.salt",
                    at.plusSeconds(86_400));
        }
        return referral;
    }

    static Stream<Arguments> everyStateAndClosure() {
        List<List<ReferralStatus>> paths = List.of(List.of(), List.of(ReferralStatus.IN_TRIAGE),
                List.of(ReferralStatus.IN_TRIAGE, ReferralStatus.MORE_INFORMATION_REQUESTED),
                List.of(ReferralStatus.IN_TRIAGE, ReferralStatus.ACCEPTED_WAITING),
                List.of(ReferralStatus.IN_TRIAGE, ReferralStatus.ACCEPTED_WAITING, ReferralStatus.IN_PROGRESS));
        List<Arguments> cases = new ArrayList<>();
        for (List<ReferralStatus> path : paths) {
            cases.add(Arguments.of(path, null));
            for (ClosureReason reason : ClosureReason.values()) {
                try {
                    referral(path, reason);
                    cases.add(Arguments.of(path, reason));
                } catch (RuntimeException notFromThere) {
                    // The lifecycle does not close a referral for this reason from there.
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} closed {1}")
    @MethodSource("everyStateAndClosure")
    void everyResourceIsValidR4(List<ReferralStatus> path, ClosureReason closure) {
        FhirReferral view = new FhirReferral(referral(path, closure), "https://fhir.send-partnership.example");
        List<Resource> resources = new ArrayList<>(List.of(view.serviceRequest(), view.task(), view.patient(),
                view.school(), view.bundle()));
        resources.addAll(view.relatedPersons());
        resources.addAll(view.provenance());
        for (Resource resource : resources) {
            assertThat(errors(resource)).as(resource.fhirType() + " " + path + " " + closure).isEmpty();
        }
    }

    @Test
    void theBundleHoldsTheWholeReferralAndTheTaskFollowsTheRequest() {
        Referral referral = referral(List.of(ReferralStatus.IN_TRIAGE, ReferralStatus.ACCEPTED_WAITING,
                ReferralStatus.IN_PROGRESS), ClosureReason.COMPLETED);
        Bundle bundle = new FhirReferral(referral, "https://fhir.send-partnership.example").bundle();

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType()).containsExactly("ServiceRequest",
                "Task", "Patient", "RelatedPerson", "RelatedPerson", "Organization", "Provenance", "Provenance",
                "Provenance", "Provenance", "Provenance");
        String json = R4.newJsonParser().encodeResourceToString(bundle);
        assertThat(json).contains("\"system\":\"https://fhir.nhs.uk/Id/nhs-number\"", "\"value\":\"9434765919\"",
                "\"priority\":\"urgent\"", "\"status\":\"completed\"", "\"birthDate\":\"2018-03-01\"")
                .as("the Unique Pupil Number stays in education").doesNotContain("A123456789012");
        assertThat(json).as("staff's free text stays out").doesNotContain("Talking Together");
    }
}
