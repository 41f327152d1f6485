package org.haven;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.haven.export.verify.ExportVerifier;
import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.PackagedHaven;
import org.haven.support.PostgresResource;
import org.haven.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * A rolling update as the packaged service sees it: SIGTERM arrives while an auditor's export is streaming.
 * With the production shutdown settings (application.properties: delay, then a timeout for requests in
 * flight) the service reports not ready, keeps going, finishes the export with its signed manifest, and
 * only then stops. The client reads slowly through a small receive buffer, so most of the export is
 * written after the signal: more than any socket buffer could have held before it.
 */
class GracefulShutdownIT {

    private static final int CASES = 30_000;
    /** The client's receive buffer: small, so the server cannot run far ahead of what was read. */
    private static final int RECEIVE_BUFFER = 16 * 1024;
    private static final int READ_BEFORE_SIGTERM = 1 << 20;
    /** After the signal the client reads at this pace, so the export outlasts the shutdown delay (5s). */
    private static final long BYTES_PER_SECOND = 3L << 20;

    private static final PostgresResource POSTGRES = new PostgresResource();
    private static final OidcWiremockTestResource OIDC = new OidcWiremockTestResource();
    private static PackagedHaven haven;
    private static String superuserUrl;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> oidc = OIDC.start();
        oidc.forEach(System::setProperty);
        Map<String, String> db = POSTGRES.start();
        superuserUrl = db.get("haven.test.superuser-url");
        haven = PackagedHaven.start(PackagedHaven.environment(db, oidc.get("keycloak.url") + "/realms/quarkus"),
                "graceful-shutdown.log");
        haven.awaitReady();
        String defender = given().baseUri("http://localhost").port(haven.port())
                .auth().oauth2(Tokens.of(Roles.PROTECTION_OFFICER)).contentType(ContentType.JSON)
                .body(DefenderFixtures.aDefender().body()).post("/defenders").then().statusCode(201).extract()
                .path("id");
        // Synthetic cases straight into the database (as src/bench does), without audit entries of their own.
        sql("""
                insert into assistance_request (id, version, reference, defender_id, team, urgency, decision_deadline,
                    summary, intake_channel, status, received_at, created_by, updated_at, updated_by)
                select gen_random_uuid(), 0, 'XSHUT-' || g, '%s', 'shutdown-team', 'URGENT', now(),
                       'Synthetic case for the shutdown test', 'SIGNAL', 'RECEIVED',
                       timestamptz '2001-01-01' + g * interval '1 second', 'test', now(), 'test'
                  from generate_series(1, %d) g
                """.formatted(defender, CASES));
    }

    @AfterAll
    static void stop() throws Exception {
        if (haven != null) {
            haven.close();
        }
        OIDC.stop();
        POSTGRES.stop();
    }

    @Test
    void anExportStreamingWhenSigtermArrivesCompletesBeforeTheServiceStops() throws Exception {
        String auditor = Tokens.of(Roles.AUDITOR);
        Path key = Path.of("target", "graceful-shutdown-key.pem");
        Files.writeString(key, given().baseUri("http://localhost").port(haven.port()).auth().oauth2(auditor)
                .get("/audit/public-key").then().statusCode(200).extract().<String>path("publicKeyPem"));
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        Timestamp signalled;
        long readAfterSignal;
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(RECEIVE_BUFFER);
            socket.connect(new InetSocketAddress("localhost", haven.port()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /exports/case-histories?format=jsonl HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + auditor + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertTrue(line(in).startsWith("HTTP/1.1 200"), "the export starts");
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                chunked |= header.toLowerCase(Locale.ROOT).equals("transfer-encoding: chunked");
            }
            assertTrue(chunked, "the export is streamed in chunks");
            InputStream body = new Chunked(in);
            copy(body, export, READ_BEFORE_SIGTERM, Long.MAX_VALUE);

            signalled = databaseNow();
            haven.process().destroy(); // SIGTERM, as the kubelet sends it
            awaitStatus(URI.create("http://localhost:" + haven.managementPort() + "/q/health/ready"), 503,
                    Duration.ofSeconds(4));

            int before = export.size();
            copy(body, export, Long.MAX_VALUE, BYTES_PER_SECOND);
            readAfterSignal = export.size() - before;
        }
        assertTrue(haven.process().waitFor(60, TimeUnit.SECONDS), "the service stops once the export is done");

        Path file = Path.of("target", "graceful-shutdown-export.jsonl");
        Files.write(file, export.toByteArray());
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        assertEquals(0, ExportVerifier.run(new String[] { "verify", file.toString(), "--public-key", key.toString() },
                new PrintStream(report, true, StandardCharsets.UTF_8)), report.toString(StandardCharsets.UTF_8));
        assertTrue(report.toString(StandardCharsets.UTF_8).contains(CASES + " cases"), report.toString());

        long buffered = socketBufferBound();
        assertTrue(readAfterSignal > 2 * buffered, "most of the export (" + readAfterSignal + " bytes) was written "
                + "after SIGTERM, more than twice what socket buffers hold (" + buffered + ")");
        try (Connection c = DriverManager.getConnection(superuserUrl); Statement s = c.createStatement();
                ResultSet completed = s.executeQuery(
                        "select occurred_at from audit_entry where action = 'EXPORT_COMPLETED'")) {
            assertTrue(completed.next(), "the export's completion is in the audit log");
            assertTrue(completed.getTimestamp(1).after(signalled),
                    "the export completed after SIGTERM: " + completed.getTimestamp(1) + " > " + signalled);
            assertFalse(completed.next(), "one export");
        }
        String log = Files.readString(Path.of("target", "graceful-shutdown.log"), StandardCharsets.UTF_8);
        assertFalse(log.matches("(?s).*Export [0-9a-f-]{36} failed.*"), "no export failed during the shutdown");
        // Quarkus' own account: after the delay it stopped taking requests and waited for the export.
        int waiting = log.indexOf("Waiting for HTTP requests to complete");
        assertTrue(waiting >= 0 && log.indexOf("All HTTP requests complete") > waiting,
                "the export outlasted the shutdown delay and the service waited for it");
    }

    /** What the two socket buffers of one loopback connection can hold at most: sender's maximum plus ours. */
    private static long socketBufferBound() throws IOException {
        Path wmem = Path.of("/proc/sys/net/ipv4/tcp_wmem");
        long send = Files.isReadable(wmem) ? Long.parseLong(Files.readAllLines(wmem).get(0).trim().split("\\s+")[2]) : 16L << 20;
        return send + 2L * RECEIVE_BUFFER + (1 << 20); // plus a generous allowance for the server's own buffers
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(superuserUrl); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static Timestamp databaseNow() throws Exception {
        try (Connection c = DriverManager.getConnection(superuserUrl); Statement s = c.createStatement();
                ResultSet now = s.executeQuery("select clock_timestamp()")) {
            now.next();
            return now.getTimestamp(1);
        }
    }

    private static void awaitStatus(URI uri, int status, Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(uri + " answered " + last + ", not " + status + ", within " + timeout);
    }

    /** Copies up to max bytes, or to the end, at most at the given pace. */
    private static void copy(InputStream in, OutputStream out, long max, long bytesPerSecond) throws Exception {
        byte[] buffer = new byte[16 * 1024];
        long copied = 0;
        long start = System.nanoTime();
        while (copied < max) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, max - copied));
            if (n < 0) {
                return;
            }
            out.write(buffer, 0, n);
            copied += n;
            long due = start + copied * 1_000_000_000L / bytesPerSecond;
            long wait = due - System.nanoTime();
            if (bytesPerSecond != Long.MAX_VALUE && wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed in a header line: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** The body of a chunked HTTP/1.1 response (RFC 9112, section 7.1), without trailers. */
    private static final class Chunked extends InputStream {

        private final InputStream in;
        private long remaining;
        private boolean done;

        Chunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (remaining == 0) {
                String size = line(in).split(";", 2)[0].trim();
                remaining = Long.parseLong(size, 16);
                if (remaining == 0) {
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("connection closed inside a chunk: the export was cut off");
            }
            remaining -= n;
            if (remaining == 0) {
                line(in); // the CRLF after the chunk
            }
            return n;
        }
    }
}
