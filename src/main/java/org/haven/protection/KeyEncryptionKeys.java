package org.haven.protection;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/**
 * The key-encryption keys (KEKs), loaded and checked at start ({@code @Startup}): a missing primary
 * KEK, an unknown primary id, an id that cannot be passed through an environment variable, or a key
 * that is not base64 of exactly 32 bytes stops the service from starting rather than failing a
 * caseworker's request later. Key material never appears in messages or logs; ids do.
 */
@Startup
@ApplicationScoped
class KeyEncryptionKeys {

    /** Lower-case letters and digits: SmallRye maps HAVEN_PROTECTION_KEKS_K2026A to keks.k2026a. */
    static final String ID_PATTERN = "^[a-z0-9]{1,32}$";
    /** Also the length of defender_key.kek_id. */
    static final int ID_MAX_LENGTH = 32;
    static final Pattern ID = Pattern.compile(ID_PATTERN);

    /** The id of the development KEK generated into a local file. Never configured in production. */
    static final String DEVELOPMENT_ID = "development";

    private final Map<String, Aead> keks;
    private final String primaryId;

    KeyEncryptionKeys(ProtectionConfig config) {
        Map<String, String> encoded = new TreeMap<>(config.keks());
        String primary = config.primaryKek().map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
        if (encoded.isEmpty() && primary == null) {
            if (!config.generateIfMissing()) {
                throw new IllegalStateException("haven.protection.primary-kek and haven.protection.keks.<id> are "
                        + "required (HAVEN_PROTECTION_PRIMARY_KEK, HAVEN_PROTECTION_KEKS_<ID>); see docs/security-keys.md");
            }
            encoded.put(DEVELOPMENT_ID, devKey(Path.of(config.devKeyFile())));
            primary = DEVELOPMENT_ID;
        }
        if (primary == null) {
            throw new IllegalStateException("haven.protection.primary-kek (HAVEN_PROTECTION_PRIMARY_KEK) is required: "
                    + "name the KEK among " + encoded.keySet() + " that wraps new data keys");
        }
        if (!encoded.containsKey(primary)) {
            throw new IllegalStateException("haven.protection.primary-kek '" + primary
                    + "' is not among the configured KEKs " + encoded.keySet());
        }
        Map<String, Aead> loaded = new TreeMap<>();
        encoded.forEach((id, value) -> loaded.put(id, decode(id, value)));
        this.keks = Map.copyOf(loaded);
        this.primaryId = primary;
        Log.infof("Field encryption: primary KEK '%s', configured KEKs %s", primaryId, keks.keySet());
    }

    String primaryId() {
        return primaryId;
    }

    Aead primary() {
        return keks.get(primaryId);
    }

    Set<String> ids() {
        return new TreeSet<>(keks.keySet());
    }

    boolean isConfigured(String id) {
        return keks.containsKey(id);
    }

    /** The KEK with this id; an operations error (not the caller's) if it is no longer configured. */
    Aead kek(String id) {
        Aead kek = keks.get(id);
        if (kek == null) {
            throw new IllegalStateException("a data key is wrapped with KEK '" + id + "', which is not configured; "
                    + "keep every KEK configured until rotation has re-wrapped its data keys (docs/security-keys.md)");
        }
        return kek;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            Log.debugf("%s: no POSIX permissions on this file system", file);
        }
    }

    private static Aead decode(String id, String base64) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalStateException("haven.protection.keks: the id '" + id
                    + "' must be 1 to 32 lower-case letters or digits");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("haven.protection.keks." + id + " is not valid base64");
        }
        try {
            if (raw.length != Envelope.KEY_BYTES) {
                throw new IllegalStateException("haven.protection.keks." + id + " must be base64 of exactly "
                        + Envelope.KEY_BYTES + " random bytes, not " + raw.length);
            }
            Aead kek = Envelope.kek(raw);
            selfTest(id, kek);
            return kek;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("haven.protection.keks." + id + " cannot be used as an AES-256-GCM key");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** Wraps and unwraps a throw-away data key, so a broken crypto setup fails at start. */
    private static void selfTest(String id, Aead kek) {
        UUID probe = new UUID(0, 0);
        KeysetHandle key = Envelope.newDataKey();
        KeysetHandle back = Envelope.unwrap(Envelope.wrap(key, kek, probe), kek, probe);
        if (!back.getPrimary().getKey().equalsKey(key.getPrimary().getKey())) {
            throw new IllegalStateException("haven.protection.keks." + id + " failed its wrap/unwrap self-test");
        }
    }

    /** A development KEK kept in a local file, generated once. Clearly marked, never for production. */
    private static synchronized String devKey(Path file) {
        try {
            Properties props = new Properties();
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    props.load(reader);
                }
                String key = props.getProperty("kek." + DEVELOPMENT_ID);
                if (key == null) {
                    throw new IllegalStateException("the development KEK file " + file + " has no kek."
                            + DEVELOPMENT_ID + "; delete it to generate a new one (data sealed with it is then lost)");
                }
                return key;
            }
            byte[] raw = new byte[Envelope.KEY_BYTES];
            new SecureRandom().nextBytes(raw);
            String key = Base64.getEncoder().encodeToString(raw);
            Arrays.fill(raw, (byte) 0);
            props.setProperty("primary-kek", DEVELOPMENT_ID);
            props.setProperty("kek." + DEVELOPMENT_ID, key);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(writer, "DEVELOPMENT key-encryption key (haven.protection), generated locally. "
                        + "NOT FOR PRODUCTION. Deleting it makes data sealed with it unreadable.");
            }
            ownerOnly(file);
            Log.warnf("Generated a DEVELOPMENT key-encryption key in %s; production must configure its own", file);
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the development key-encryption key", e);
        }
    }
}
