package org.haven.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * src/main/resources/application.properties read the way Quarkus resolves a profile: {@code %prod.key}
 * wins over {@code key}. Only literal values are returned; a value that is an expression (${...}) fails
 * rather than being misread, so the manifest tests compare the manifests with what the service really uses.
 */
record ApplicationProperties(Properties properties) {

    static final Path FILE = Path.of("src", "main", "resources", "application.properties");

    static ApplicationProperties read() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new ApplicationProperties(properties);
    }

    /** The value the profile sees, or an AssertionError if it is unset or an expression. */
    String value(String profile, String key) {
        String value = properties.getProperty("%" + profile + "." + key, properties.getProperty(key));
        if (value == null) {
            throw new AssertionError(FILE + ": " + key + " is not set for the profile " + profile);
        }
        if (value.contains("${")) {
            throw new AssertionError(FILE + ": " + key + " is an expression (" + value + "), not a literal");
        }
        return value.strip();
    }

    /** Whether the profile sees the key at all. */
    boolean has(String profile, String key) {
        return properties.containsKey("%" + profile + "." + key) || properties.containsKey(key);
    }
}
