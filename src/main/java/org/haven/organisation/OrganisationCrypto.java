package org.haven.organisation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.defender.ContactChannel;
import org.haven.protection.SensitiveVault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Seals and opens an organisation's contact channels with the organisation's own data key, kept by
 * {@link SensitiveVault} like a defender's (docs/security-keys.md).
 */
@ApplicationScoped
class OrganisationCrypto {

    private static final String FIELD = "organisation.contacts";
    private static final TypeReference<List<ContactChannel>> CONTACTS = new TypeReference<>() {
    };

    private final SensitiveVault vault;
    private final ObjectMapper json = new ObjectMapper();

    OrganisationCrypto(SensitiveVault vault) {
        this.vault = vault;
    }

    byte[] seal(UUID organisationId, OrganisationContacts contacts) {
        List<ContactChannel> list = contacts == null ? null : contacts.contacts();
        if (list == null || list.isEmpty()) {
            return null;
        }
        try {
            return vault.seal(organisationId, FIELD, json.writeValueAsString(list));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values are always serialisable", e);
        }
    }

    OrganisationContacts open(UUID organisationId, byte[] sealed) {
        String text = vault.open(organisationId, FIELD, sealed);
        if (text == null) {
            return new OrganisationContacts(List.of());
        }
        try {
            return new OrganisationContacts(json.readValue(text, CONTACTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sealed value did not hold what was sealed", e);
        }
    }
}
