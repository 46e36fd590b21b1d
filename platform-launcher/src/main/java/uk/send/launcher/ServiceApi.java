package uk.send.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON over HTTP to the running services, signed in as a demo user: what scripts, drills and system tests call. */
public final class ServiceApi {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final PlatformSettings settings;
    private final DemoTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ServiceApi(PlatformSettings settings) {
        this(settings, new DemoTokens(settings));
    }

    /** A client signing in with another's tokens: the same users reaching other instances of the services. */
    public ServiceApi(PlatformSettings settings, DemoTokens tokens) {
        this.settings = settings;
        this.tokens = tokens;
    }

    public DemoTokens tokens() {
        return tokens;
    }

    /** An answer: its status and its body read as JSON (a missing node when the body is empty or not JSON). */
    public record Answer(int status, String text) {

        public JsonNode json() {
            try {
                return text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
            } catch (JsonProcessingException e) {
                return JSON.missingNode();
            }
        }

        public Answer expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": " + text);
        }
    }

    public Answer get(String service, String path, String user) {
        return send(request(service, path, user).GET());
    }

    public Answer post(String service, String path, String user, Object body) {
        return post(service, path, user, body, Map.of());
    }

    public Answer post(String service, String path, String user, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(service, path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        headers.forEach(request::header);
        return send(request);
    }

    /** A file for a multipart form: its name, type and bytes. */
    public record FilePart(String field, String fileName, String mediaType, byte[] content) {
    }

    /** A multipart/form-data post, as a school's system sends an answer with files. */
    public Answer postMultipart(String service, String path, String user, Map<String, String> fields,
            List<FilePart> files) {
        String boundary = "----send-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            part(body, boundary, "name=\"" + name + "\"", "text/plain; charset=UTF-8");
            body.writeBytes((value + "\r\n").getBytes(StandardCharsets.UTF_8));
        });
        for (FilePart file : files) {
            part(body, boundary, "name=\"" + file.field() + "\"; filename=\"" + file.fileName() + "\"",
                    file.mediaType());
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(service, path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String mediaType) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition
                + "\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    }

    public Answer patch(String service, String path, String user, Object body) {
        return send(request(service, path, user).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(write(body))));
    }

    private HttpRequest.Builder request(String service, String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + settings.servicePorts().get(service) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Bearer " + tokens.forUser(user));
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
