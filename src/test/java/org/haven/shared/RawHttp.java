package org.haven.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bytes on a socket, for requests no well-behaved client would send (a broken escape in the path,
 * a body larger than allowed): HTTP clients refuse to build them.
 */
final class RawHttp {

    record Answer(int status, String head, String body) {

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        void assertProblem(String code) {
            assertTrue(String.valueOf(header("Content-Type")).startsWith("application/problem+json"), toString());
            assertTrue(body.contains("\"code\":\"" + code + "\""), toString());
            assertTrue(body.contains("\"status\":" + status), toString());
        }
    }

    private RawHttp() {
    }

    static Answer send(String request) throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            } catch (SocketException closedEarly) {
                // the server may answer and close before the whole request is written
            }
            byte[] raw = readAll(socket.getInputStream());
            String text = new String(raw, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            String[] statusLine = head.split(" ", 3);
            assertTrue(statusLine[0].toUpperCase(Locale.ROOT).startsWith("HTTP/1."), text);
            return new Answer(Integer.parseInt(statusLine[1]), head, body);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                out.write(buffer, 0, n);
            }
        } catch (SocketException reset) {
            // a reset after the answer: keep what arrived
        }
        return out.toByteArray();
    }
}
