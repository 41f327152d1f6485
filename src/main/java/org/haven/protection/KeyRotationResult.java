package org.haven.protection;

/**
 * What a KEK rotation did: data keys re-wrapped with {@code primaryKek} by this run, live keys now
 * wrapped with it, and destroyed (shredded) keys, which have nothing left to re-wrap.
 */
public record KeyRotationResult(String primaryKek, long rewrapped, long alreadyCurrent, long destroyed) {
}
