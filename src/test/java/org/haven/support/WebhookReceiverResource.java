package org.haven.support;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A partner's system for webhook tests: a real HTTP server that keeps every call it receives, and a
 * second webhook address where nothing listens (to see retries). Both only for RISK_CRITICAL events, so
 * the rest of the suite's events do not queue calls. Inject the receiver with {@link InjectWebhooks}.
 */
public class WebhookReceiverResource implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectWebhooks {
    }

    /** One call as received. */
    public record Call(Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /** The calls received so far. */
    public static final class Receiver {
        private final List<Call> calls = new CopyOnWriteArrayList<>();

        public List<Call> calls() {
            return List.copyOf(calls);
        }
    }

    private final Receiver receiver = new Receiver();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/events", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    receiver.calls.add(new Call(Map.copyOf(exchange.getRequestHeaders()), in.readAllBytes()));
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            int closed;
            try (ServerSocket probe = new ServerSocket(0)) {
                closed = probe.getLocalPort();
            }
            return Map.of(
                    "haven.notifications.webhooks.partner.url", "http://127.0.0.1:" + server.getAddress().getPort() + "/events",
                    "haven.notifications.webhooks.partner.kinds", "RISK_CRITICAL",
                    "haven.notifications.webhooks.unreachable.url", "http://127.0.0.1:" + closed + "/events",
                    "haven.notifications.webhooks.unreachable.kinds", "RISK_CRITICAL");
        } catch (IOException e) {
            throw new IllegalStateException("could not start the webhook receiver", e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(receiver, new TestInjector.AnnotatedAndMatchesType(InjectWebhooks.class, Receiver.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
