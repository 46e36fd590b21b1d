package uk.send.testservers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import uk.send.contracts.EventType;

/** Checks a payload a service really published against the JSON Schema of its type in the contracts module. */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventSchemas() {
    }

    /** The schema's complaints about the payload; empty when it conforms. */
    public static List<String> violations(EventType type, String json) {
        try (InputStream schema = EventType.class.getResourceAsStream(type.schemaResource())) {
            return SCHEMAS.getSchema(schema).validate(JSON.readTree(json)).stream()
                    .map(ValidationMessage::getMessage).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
