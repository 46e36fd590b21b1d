package uk.send.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralStatusChanged;

class PayloadSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void everyEventTypeHasAnExample() {
        assertThat(ContractExamples.all().keySet()).containsExactlyInAnyOrder(EventType.values());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theExampleSerialisesToJsonThatItsSchemaAccepts(EventType type) throws Exception {
        Record example = ContractExamples.all().get(type);

        String json = EventJson.write(example);

        assertThat(EventType.ofPayload(example)).isEqualTo(type);
        assertThat(violations(type, JSON.readTree(json))).isEmpty();
        assertThat(EventJson.read(json, type.payloadType())).isEqualTo(example);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theSchemaRejectsAnUnknownField(EventType type) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(EventJson.write(ContractExamples.all().get(type)));
        node.put("dateOfBirthOfSibling", "2019-01-01");

        assertThat(violations(type, node)).isNotEmpty();
    }

    @Test
    void aSafeguardingReprioritisationTravelsWithoutItsReason() throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(EventJson.write(new ReferralReprioritised(
                ContractExamples.REFERRAL, ClinicalService.CAMHS, "100001", Priority.ROUTINE, Priority.URGENT,
                ReprioritisationReason.SAFEGUARDING, null, 1, 2, ContractExamples.NOW)));

        assertThat(node.has("reason")).isFalse();
        assertThat(violations(EventType.REFERRAL_REPRIORITISED, node)).isEmpty();
    }

    @Test
    void anInvitationCodeIsTwoGroupsOfFourThatCanBeReadAloud() throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(EventJson.write(ContractExamples.all()
                .get(EventType.REFERRAL_FAMILY_INVITED)));
        node.put("code", "k7qd m2xp");

        assertThat(violations(EventType.REFERRAL_FAMILY_INVITED, node)).isNotEmpty();
    }

    @Test
    void theSchemaRejectsAnNhsNumberThatIsNotTenDigits() throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(EventJson.write(ContractExamples.all()
                .get(EventType.REFERRAL_SUBMITTED)));
        ((ObjectNode) node.get("child")).put("nhsNumber", "94347659");

        assertThat(violations(EventType.REFERRAL_SUBMITTED, node)).isNotEmpty();
    }

    @Test
    void readingAPayloadThatDoesNotParseNeverQuotesIt() {
        assertThatThrownBy(() -> EventJson.read("{\"referralId\": \"Amara Jones\"", ReferralStatusChanged.class))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageNotContaining("Amara");
    }

    private static Set<ValidationMessage> violations(EventType type, JsonNode node) throws Exception {
        try (InputStream schema = PayloadSchemaTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(schema).as("schema of " + type.type()).isNotNull();
            JsonSchema jsonSchema = SCHEMAS.getSchema(schema);
            return jsonSchema.validate(node);
        }
    }

}
