package org.haven.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain HTTP to the packaged service with a client timeout on every call, so a hang shows as a
 * "timeout" answer instead of a stuck test. Tokens are minted per attempt (they outlive any run).
 */
final class HavenClient {

    /** Longer than the pool's acquisition timeout (5 s): the service must answer before this. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    record Answer(int status, JsonNode body, String etag, String contentType, String retryAfter) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;
    private final Ledger ledger;

    HavenClient(int port, Ledger ledger) {
        this.port = port;
        this.ledger = ledger;
    }

    /** One attempt; null when there was no answer (refused, reset, timed out). */
    Answer send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(TIMEOUT).header("Authorization", "Bearer " + token).header("Accept", "application/json");
            headers.forEach(request::header);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ledger.answered(String.valueOf(response.statusCode()));
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode parsed = response.body().isEmpty() || !type.contains("json") ? null : json.readTree(response.body());
            Answer answer = new Answer(response.statusCode(), parsed, response.headers().firstValue("ETag").orElse(null),
                    type, response.headers().firstValue("Retry-After").orElse(null));
            if (answer.status() == 503 && !(type.startsWith("application/problem+json") && answer.retryAfter() != null)) {
                ledger.unexpected.add(method + " " + template(path) + " -> 503 without problem+json and Retry-After");
            } else if (answer.status() >= 500 && answer.status() != 503) {
                ledger.unexpected.add(method + " " + template(path) + " -> " + answer.status() + " "
                        + (parsed == null ? "" : parsed.path("code").asText()));
            }
            return answer;
        } catch (HttpTimeoutException e) {
            ledger.answered("timeout");
            ledger.unexpected.add(method + " " + template(path) + " -> no answer within " + TIMEOUT.toSeconds() + " s");
            return null;
        } catch (IOException e) {
            ledger.answered("no-answer");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Sends the whole request, waits up to 100 ms and resets the connection without reading the answer:
     * a client on a bad connection. The service may or may not have acted on it.
     */
    void sendAndHangUp(String method, String path, String token, Object body, Map<String, String> headers) {
        try (Socket socket = new Socket("localhost", port)) {
            byte[] content = json.writeValueAsBytes(body);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + content.length + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            // mid-request: the service has usually read it and is working on it when the client goes
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(100));
            socket.setSoLinger(true, 0); // reset, not a polite close
            ledger.answered("dropped");
        } catch (IOException e) {
            ledger.answered("no-answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The path with ids taken out, for reports that name no record. */
    static String template(String path) {
        return path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("\\?.*", "");
    }
}
