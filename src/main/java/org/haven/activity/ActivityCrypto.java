package org.haven.activity;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.protection.SensitiveVault;

/** Seals and opens an activity's location with the activity's own data key (docs/security-keys.md). */
@ApplicationScoped
class ActivityCrypto {

    private static final String FIELD = "activity.location";

    private final SensitiveVault vault;

    ActivityCrypto(SensitiveVault vault) {
        this.vault = vault;
    }

    byte[] seal(UUID activityId, String location) {
        return location == null || location.isBlank() ? null : vault.seal(activityId, FIELD, location.strip());
    }

    ActivityLocation open(UUID activityId, byte[] sealed) {
        return new ActivityLocation(vault.open(activityId, FIELD, sealed));
    }
}
