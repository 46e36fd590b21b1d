package uk.send.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A text message service for the local platform that speaks GOV.UK Notify's API, so the notification service sends
 * texts to it exactly as it would to Notify: {@code POST /v2/notifications/sms}. It keeps what it receives, and
 * lists it as Notify does ({@code GET /v2/notifications?template_type=sms}), newest first, for the demo and tests
 * to read. A number that is not a UK mobile number is refused as Notify refuses it.
 */
public final class LocalTextMessages implements Component {

    /** One text message as received. */
    public record TextMessage(UUID id, String phoneNumber, String body, String reference, Instant receivedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final List<TextMessage> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    public LocalTextMessages(int port) {
        this.port = port;
    }

    @Override
    public String name() {
        return "text-messages";
    }

    @Override
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/v2/notifications", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "text-messages");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Where the notification service sends texts. */
    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Every text received since start, oldest first. */
    public List<TextMessage> received() {
        return List.copyOf(received);
    }

    /** The texts sent to one number, however it was written (07700 900123, +447700900123). */
    public List<TextMessage> to(String phoneNumber) {
        String wanted = normalised(phoneNumber);
        return received.stream().filter(text -> wanted != null && wanted.equals(normalised(text.phoneNumber())))
                .toList();
    }

    @Override
    public String address() {
        return "Text messages   " + baseUrl() + "/v2/notifications?template_type=sms (what was texted, newest first)";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/v2/notifications/sms")) {
                receive(exchange);
            } else if ("GET".equals(exchange.getRequestMethod()) && path.equals("/v2/notifications")) {
                list(exchange);
            } else {
                answer(exchange, 404, error(404, "ResourceNotFound", "Not found"));
            }
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        JsonNode request;
        try (InputStream body = exchange.getRequestBody()) {
            request = JSON.readTree(body);
        }
        String number = request.path("phone_number").asText(null);
        if (normalised(number) == null) {
            answer(exchange, 400, error(400, "ValidationError", "phone_number Not a UK mobile number"));
            return;
        }
        JsonNode personalisation = request.path("personalisation");
        String body = personalisation.path("body").asText(personalisation.toString());
        TextMessage text = new TextMessage(UUID.randomUUID(), number, body, request.path("reference").asText(null),
                Instant.now());
        received.add(text);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("id", text.id().toString());
        answer.put("reference", text.reference());
        answer.put("uri", baseUrl() + "/v2/notifications/" + text.id());
        answer.putObject("content").put("body", body).put("from_number", "SEND");
        answer.putObject("template").put("id", request.path("template_id").asText()).put("version", 1)
                .put("uri", baseUrl() + "/v2/template/" + request.path("template_id").asText());
        answer(exchange, 201, answer);
    }

    private void list(HttpExchange exchange) throws IOException {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode notifications = answer.putArray("notifications");
        List<TextMessage> newestFirst = new ArrayList<>(received);
        Collections.reverse(newestFirst);
        for (TextMessage text : newestFirst) {
            notifications.addObject().put("id", text.id().toString()).put("reference", text.reference())
                    .put("type", "sms").put("status", "delivered").put("phone_number", text.phoneNumber())
                    .put("body", text.body()).put("created_at", text.receivedAt().toString());
        }
        answer.putObject("links").put("current", baseUrl() + "/v2/notifications");
        answer(exchange, 200, answer);
    }

    private static ObjectNode error(int status, String kind, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.putArray("errors").addObject().put("error", kind).put("message", message);
        error.put("status_code", status);
        return error;
    }

    private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A UK mobile number as 447xxxxxxxxx, or null when it is not one. */
    static String normalised(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replaceAll("[\\s()+-]", "");
        if (digits.startsWith("0044")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("07")) {
            digits = "44" + digits.substring(1);
        }
        return digits.matches("447\\d{9}") ? digits : null;
    }
}
