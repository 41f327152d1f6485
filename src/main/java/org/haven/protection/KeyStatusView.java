package org.haven.protection;

import java.util.List;

/**
 * How many data keys each KEK wraps, and whether this service has that KEK. Never key material.
 * {@code rotationPending} is true while any live key is wrapped with a KEK other than the primary.
 */
public record KeyStatusView(String primaryKek, List<KekUsage> keks, long destroyed, boolean rotationPending) {

    /** One KEK id: configured here or only named by stored keys, and how many live keys it wraps. */
    public record KekUsage(String kekId, boolean primary, boolean configured, long dataKeys) {
    }
}
