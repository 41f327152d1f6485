package org.haven.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.audit.AuditSignatures;
import org.haven.notification.OutboxRepository.Due;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/**
 * Tells partners' systems of events by HTTPS POST, one event per call, signed with the service's
 * Ed25519 key (the one that signs audit checkpoints and exports, published at GET /audit/public-key).
 * The signed message is {@code <Haven-Timestamp>.<body>}; the body has the same content as an e-mail.
 */
@ApplicationScoped
class WebhookSender {

    static final String SIGNATURE_HEADER = "Haven-Signature";
    static final String TIMESTAMP_HEADER = "Haven-Timestamp";
    static final String EVENT_HEADER = "Haven-Event";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();
    private final AuditSignatures signatures;
    private final NotificationConfig config;
    private final Clock clock;

    WebhookSender(AuditSignatures signatures, NotificationConfig config, Clock clock) {
        this.signatures = signatures;
        this.config = config;
        this.clock = clock;
    }

    /** Calls the webhook once per delivery (all to one webhook); null if all succeeded, else an error code. */
    String send(List<Due> deliveries) {
        NotificationConfig.Webhook webhook = config.webhooks().get(deliveries.get(0).target());
        if (webhook == null) {
            return "webhook not configured";
        }
        for (Due d : deliveries) {
            String error = call(webhook, d);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    private String call(NotificationConfig.Webhook webhook, Due d) {
        try {
            byte[] body = body(d);
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            byte[] signed = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
            byte[] message = new byte[signed.length + body.length];
            System.arraycopy(signed, 0, message, 0, signed.length);
            System.arraycopy(body, 0, message, signed.length, body.length);
            HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header(EVENT_HEADER, d.eventId().toString())
                    .header(TIMESTAMP_HEADER, timestamp)
                    .header(SIGNATURE_HEADER, "keyId=\"" + signatures.keyId() + "\",algorithm=\"ed25519\",signature=\""
                            + signatures.sign(message) + "\"")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "http " + status;
        } catch (IOException | IllegalArgumentException e) {
            Log.warnf("A webhook call failed (%s); it will be retried", e.getClass().getSimpleName());
            return "webhook: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "webhook: interrupted";
        }
    }

    byte[] body(Due d) throws JsonProcessingException {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", d.eventId().toString());
        event.put("kind", d.kind().name());
        event.put("title", d.kind().title());
        event.put("reference", d.reference());
        event.put("deadline", d.deadline() == null ? null : d.deadline().toString());
        event.put("occurredAt", d.occurredAt().toString());
        event.put("link", config.consoleUrl() + d.link());
        return json.writeValueAsBytes(event);
    }
}
