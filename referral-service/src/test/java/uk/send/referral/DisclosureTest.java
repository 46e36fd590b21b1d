package uk.send.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.Priority;
import uk.send.contracts.ReprioritisationReason;
import uk.send.contracts.Topics;
import uk.send.contracts.TriageDecision;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.triage.TriageDecisionMade;
import uk.send.contracts.triage.TriageReceived;
import uk.send.contracts.triage.TriageReprioritised;
import uk.send.testservers.EventSender;
import uk.send.testservers.TopicReader;
import uk.send.testservers.Tokens;

/** Staff's free text reaches only the audience it was written for: a safeguarding reason stays with staff. */
@QuarkusTest
class DisclosureTest {

    static final String SAFEGUARDING_REASON = "Disclosure by the child of harm at home; strategy discussion with "
            + "social care on Friday";
    private static final ClinicalService CAMHS = ClinicalService.CAMHS;
    private static final String OAKFIELD = "100001";

    @Inject
    Rows rows;

    @Test
    void aSafeguardingReasonIsReadByStaffAndNeverByTheSchoolTheFamilyOrAnyEvent() {
        String email = "parent-" + UUID.randomUUID() + "@example.org";
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(ReferralRequests.valid(OAKFIELD, "CAMHS", email)).post("/api/referrals").then()
                .statusCode(201).extract().path("id"));
        String family = Tokens.family(email);
        given().auth().oauth2(family).contentType(ContentType.JSON)
                .body(Map.of("code", rows.invitationCode(id, 0))).post("/api/family/invitations").then()
                .statusCode(200);

        try (EventSender triage = new EventSender("/triage-service")) {
            triage.send(id.toString(), new TriageReceived(id, CAMHS, Instant.now()));
            triage.send(id.toString(), new TriageDecisionMade(id, CAMHS, TriageDecision.ACCEPTED, Instant.now(),
                    Priority.ROUTINE, null, null, null, 30, 40, null));
            triage.send(id.toString(), new TriageReprioritised(id, CAMHS, Priority.ROUTINE, Priority.URGENT,
                    ReprioritisationReason.SAFEGUARDING, SAFEGUARDING_REASON, 2, 3, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "URGENT".equals(given().auth()
                .oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id).then().extract().path("priority")));

        for (String staff : List.of(Tokens.caseworker(), Tokens.clinician("CAMHS"))) {
            assertThat(given().auth().oauth2(staff).get("/api/referrals/{id}", id).then().statusCode(200)
                    .extract().jsonPath().getList("timeline.reason")).contains(SAFEGUARDING_REASON);
        }
        String school = given().auth().oauth2(Tokens.senco(OAKFIELD)).get("/api/referrals/{id}", id).then()
                .statusCode(200).extract().asString();
        assertThat(school).doesNotContain(SAFEGUARDING_REASON).contains("Accepted onto the waiting list");
        String familyView = given().auth().oauth2(family).get("/api/family/referrals/{id}", id).then()
                .statusCode(200).extract().asString();
        assertThat(familyView).doesNotContain(SAFEGUARDING_REASON).doesNotContainIgnoringCase("safeguard")
                .contains("The team reviewed the referral");

        try (TopicReader reader = new TopicReader(Topics.REFERRAL_EVENTS)) {
            List<ConsumerRecord<String, String>> events = reader.readUntil(r -> id.toString().equals(r.key())
                    && "referral.reprioritised".equals(CloudEventHeaders.read(r.headers()).type()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(30));
            ReferralReprioritised published = EventJson.read(events.get(0).value(), ReferralReprioritised.class);
            assertThat(published.reasonCategory()).isEqualTo(ReprioritisationReason.SAFEGUARDING);
            assertThat(published.reason()).isNull();
            assertThat(events.get(0).value()).doesNotContain("Disclosure by the child");
        }
    }
}
