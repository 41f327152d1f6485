package org.haven.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/**
 * Signs audit checkpoints with an Ed25519 key that lives outside the database (configuration /
 * secret), so that someone with write access to the database cannot rebuild the chain unnoticed.
 * Created at start ({@code @Startup}): a missing or mismatched key stops the service from starting
 * rather than failing an auditor's request later.
 */
@Startup
@ApplicationScoped
class CheckpointSigner {

    static final String ALGORITHM = "Ed25519";
    /** Key ids are the first 8 bytes of the SHA-256 of the public key, in lower-case hex. */
    static final String KEY_ID_PATTERN = "^[0-9a-f]{16}$";
    static final int KEY_ID_LENGTH = 16;
    /** An Ed25519 signature is 64 bytes: 88 characters of padded base64. */
    static final String SIGNATURE_PATTERN = "^[A-Za-z0-9+/]{86}==$";
    static final int SIGNATURE_LENGTH = 88;
    /** An Ed25519 public key (44 bytes of X.509 DER) as PEM: one line of base64 between the armour lines. */
    static final String PUBLIC_KEY_PEM_PATTERN =
            "^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=]+\n-----END PUBLIC KEY-----\n$";
    static final int PUBLIC_KEY_PEM_LENGTH = 113;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    CheckpointSigner(AuditConfig config) {
        KeyPair pair = load(config.signing());
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.keyId = keyIdOf(publicKey);
        byte[] probe = "haven-key-check".getBytes(StandardCharsets.UTF_8);
        if (!verify(probe, sign(probe))) {
            throw new IllegalStateException("haven.audit.signing public and private keys do not belong together");
        }
    }

    /** The exact bytes a checkpoint signature covers (see docs/audit.md). */
    static byte[] message(long seq, String headHash, Instant signedAt) {
        return ("haven-audit-checkpoint-v1\n" + seq + "\n" + headHash + "\n" + AuditHash.time(signedAt) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    String sign(long seq, String headHash, Instant signedAt) {
        return Base64.getEncoder().encodeToString(sign(message(seq, headHash, signedAt)));
    }

    boolean verify(long seq, String headHash, Instant signedAt, String signatureBase64) {
        try {
            return verify(message(seq, headHash, signedAt), Base64.getDecoder().decode(signatureBase64));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    String keyId() {
        return keyId;
    }

    String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    byte[] signBytes(byte[] message) {
        return sign(message);
    }

    private byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private boolean verify(byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static String keyIdOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair load(AuditConfig.Signing config) {
        if (config.privateKey().isPresent() && config.publicKey().isPresent()) {
            return decode(config.privateKey().get(), config.publicKey().get());
        }
        if (config.privateKey().isPresent() || config.publicKey().isPresent()) {
            throw new IllegalStateException("set both haven.audit.signing.private-key and public-key");
        }
        if (!config.generateIfMissing()) {
            throw new IllegalStateException("haven.audit.signing.private-key and public-key are required "
                    + "(HAVEN_AUDIT_SIGNING_PRIVATE_KEY, HAVEN_AUDIT_SIGNING_PUBLIC_KEY); see docs/audit.md");
        }
        return devKey(Path.of(config.devKeyFile()));
    }

    /** A development key kept in a local file, generated once. Clearly marked, never for production. */
    private static synchronized KeyPair devKey(Path file) {
        try {
            Properties props = new Properties();
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    props.load(reader);
                }
                return decode(props.getProperty("private-key"), props.getProperty("public-key"));
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            props.setProperty("private-key", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            props.setProperty("public-key", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(writer, "DEVELOPMENT audit signing key, generated locally. NOT FOR PRODUCTION.");
            }
            Log.warnf("Generated a DEVELOPMENT audit signing key in %s; production must configure its own", file);
            return pair;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the development audit signing key", e);
        }
    }

    private static KeyPair decode(String privateText, String publicText) {
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(der(privateText)));
            PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(der(publicText)));
            return new KeyPair(pub, priv);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("haven.audit.signing keys are not valid Ed25519 PKCS#8 / X.509 keys");
        }
    }

    private static byte[] der(String text) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
