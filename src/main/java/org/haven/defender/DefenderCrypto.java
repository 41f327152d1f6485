package org.haven.defender;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.protection.SensitiveVault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Seals and opens a defender's sensitive details with their own data key (see docs/security.md). */
@ApplicationScoped
class DefenderCrypto {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };
    private static final TypeReference<List<ContactChannel>> CONTACTS = new TypeReference<>() {
    };

    private final SensitiveVault vault;
    private final ObjectMapper json = new ObjectMapper();

    DefenderCrypto(SensitiveVault vault) {
        this.vault = vault;
    }

    SealedDetails seal(UUID defenderId, SensitiveDetails d) {
        return new SealedDetails(vault.seal(defenderId, "defender.legalName", d.legalName()),
                vault.seal(defenderId, "defender.otherNames", toJson(d.otherNames())),
                vault.seal(defenderId, "defender.currentCity", d.currentCity()),
                vault.seal(defenderId, "defender.contacts", toJson(d.contacts())),
                vault.seal(defenderId, "defender.riskNotes", d.riskNotes()));
    }

    /** Throws DataErasedException (410) after an erasure. */
    SensitiveDetails open(UUID defenderId, SealedDetails s) {
        return new SensitiveDetails(vault.open(defenderId, "defender.legalName", s.legalName()),
                fromJson(vault.open(defenderId, "defender.otherNames", s.otherNames()), NAMES),
                vault.open(defenderId, "defender.currentCity", s.currentCity()),
                fromJson(vault.open(defenderId, "defender.contacts", s.contacts()), CONTACTS),
                vault.open(defenderId, "defender.riskNotes", s.riskNotes()));
    }

    void shred(UUID defenderId) {
        vault.shred(defenderId);
    }

    private String toJson(List<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values are always serialisable", e);
        }
    }

    private <T> List<T> fromJson(String text, TypeReference<List<T>> type) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sealed value did not hold what was sealed", e);
        }
    }
}
