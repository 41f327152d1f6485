package org.haven.request;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.protection.SensitiveVault;

/** Seals a case's sensitive texts with its defender's data key, so erasing the defender erases them. */
@ApplicationScoped
class RequestCrypto {

    private final SensitiveVault vault;

    RequestCrypto(SensitiveVault vault) {
        this.vault = vault;
    }

    byte[] seal(UUID defenderId, String field, String plaintext) {
        return vault.seal(defenderId, field, plaintext);
    }

    String open(UUID defenderId, String field, byte[] ciphertext) {
        return vault.open(defenderId, field, ciphertext);
    }
}
