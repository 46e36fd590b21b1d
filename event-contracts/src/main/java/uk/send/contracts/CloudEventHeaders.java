package uk.send.contracts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 attributes in Kafka binary mode: each attribute is a {@code ce_}-prefixed header and the record
 * value is the JSON payload. The only place that writes or reads them.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    public static void write(Headers headers, EventMetadata event) {
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, event.id().toString());
        put(headers, TYPE, event.type());
        put(headers, SOURCE, event.source().toString());
        put(headers, TIME, event.time().toString());
        put(headers, SUBJECT, event.subject());
        put(headers, CONTENT_TYPE, "application/json");
    }

    public static EventMetadata read(Headers headers) {
        String specVersion = get(headers, SPEC_VERSION);
        if (!"1.0".equals(specVersion)) {
            throw new MalformedEvent("unsupported or missing " + SPEC_VERSION);
        }
        try {
            return new EventMetadata(
                    UUID.fromString(required(headers, ID)),
                    required(headers, TYPE),
                    URI.create(required(headers, SOURCE)),
                    Instant.parse(required(headers, TIME)),
                    required(headers, SUBJECT));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEvent("malformed CloudEvents header: " + e.getClass().getSimpleName());
        }
    }

    /** One attribute as it was sent, or null: for telling where a record came from even when it is malformed. */
    public static String attribute(Headers headers, String key) {
        return get(headers, key);
    }

    private static String required(Headers headers, String key) {
        String value = get(headers, key);
        if (value == null || value.isBlank()) {
            throw new MalformedEvent("missing header " + key);
        }
        return value;
    }

    private static String get(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
