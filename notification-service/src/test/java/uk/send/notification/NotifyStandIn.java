package uk.send.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A local HTTP server that answers as GOV.UK Notify's API does (there is no internet here). Any email address
 * containing "bounce" is refused as Notify refuses an invalid address; everything else is accepted.
 */
public class NotifyStandIn implements QuarkusTestResourceLifecycleManager {

    static final String CALLBACK_TOKEN = "receipts-" + UUID.randomUUID();
    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/v2/notifications/email")).atPriority(1)
                .withRequestBody(containing("bounce"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"error\":\"ValidationError\",\"message\":\"email_address Not a "
                                + "valid email address\"}],\"status_code\":400}")));
        server.stubFor(post(urlEqualTo("/v2/notifications/email")).atPriority(5)
                .willReturn(created("\"content\":{\"body\":\"b\",\"subject\":\"s\",\"from_email\":"
                        + "\"send.notices@council.example.org\"}")));
        server.stubFor(post(urlEqualTo("/v2/notifications/sms")).atPriority(5)
                .willReturn(created("\"content\":{\"body\":\"b\",\"from_number\":\"SEND\"}")));
        // A precompiled letter: Notify answers with its id, the reference and the postage.
        server.stubFor(post(urlEqualTo("/v2/notifications/letter")).atPriority(5)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withTransformers("response-template")
                        .withBody("{\"id\":\"{{randomValue type='UUID'}}\",\"reference\":"
                                + "\"{{jsonPath request.body '$.reference'}}\",\"postage\":\"second\"}")));
        return Map.of(
                "notification.provider", "notify",
                "notification.notify.base-url", server.baseUrl(),
                "notification.notify.api-key", "send_test-" + UUID.randomUUID() + "-" + UUID.randomUUID(),
                "notification.notify.email-template-id", UUID.randomUUID().toString(),
                "notification.notify.sms-template-id", UUID.randomUUID().toString(),
                "notification.notify.callback-token", CALLBACK_TOKEN);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String content) {
        String template = "\"template\":{\"id\":\"" + UUID.randomUUID() + "\",\"version\":1,\"uri\":"
                + "\"https://api.notifications.service.gov.uk/v2/template/x\"}";
        // Each notification its own id, as Notify gives: receipts are matched on it.
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody("{\"id\":\"{{randomValue type='UUID'}}\",\"reference\":null,\"uri\":"
                        + "\"https://api.notifications.service.gov.uk/v2/notifications/x\"," + template + ","
                        + content + "}");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
