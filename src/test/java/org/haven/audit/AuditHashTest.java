package org.haven.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The canonical encoding against a vector computed by an independent implementation (the Python
 * snippet in docs/audit.md), so that the documentation and the code cannot drift apart.
 */
class AuditHashTest {

    private static final String CHANGES = "{\"status\":{\"after\":\"ARCHIVED\",\"before\":\"ACTIVE\"}}";

    private static byte[] vector(String reason) {
        return AuditHash.canonical(1, Instant.parse("2026-01-31T10:15:30.123456789Z"), "officer-7", "Test Officer",
                "programme-manager,protection-officer", "DEFENDER_ARCHIVED", "defender",
                "0b8f6d2e-5f7c-4c1e-9d7a-1a2b3c4d5e6f", null, reason, CHANGES);
    }

    @Test
    void canonicalEncodingIsLengthPrefixedUtf8() {
        assertEquals("14:haven-audit-v1,1:1,27:2026-01-31T10:15:30.123456Z,9:officer-7,12:Test Officer,"
                + "36:programme-manager,protection-officer,17:DEFENDER_ARCHIVED,8:defender,"
                + "36:0b8f6d2e-5f7c-4c1e-9d7a-1a2b3c4d5e6f,-1:,30:Duplicate — registered twice,"
                + "49:" + CHANGES + ",",
                new String(vector("Duplicate — registered twice"), StandardCharsets.UTF_8));
    }

    @Test
    void hashMatchesTheIndependentImplementation() {
        assertEquals("d55585c9762a50a080206758b75f8f8a2d38f846fdabd63b2e60b93222e39fd5",
                AuditHash.hash(AuditHash.GENESIS, vector("Duplicate — registered twice")));
    }

    @Test
    void anyChangeOfAFieldOrThePredecessorChangesTheHash() {
        String original = AuditHash.hash(AuditHash.GENESIS, vector("Duplicate — registered twice"));
        assertNotEquals(original, AuditHash.hash(AuditHash.GENESIS, vector("Duplicate - registered twice")));
        assertNotEquals(original, AuditHash.hash("1" + AuditHash.GENESIS.substring(1),
                vector("Duplicate — registered twice")));
    }

    @Test
    void absentAndEmptyValuesAreDistinct() {
        assertNotEquals(AuditHash.hash(AuditHash.GENESIS, vector(null)), AuditHash.hash(AuditHash.GENESIS, vector("")));
    }

    @Test
    void timeIsAlwaysUtcWithSixFractionalDigits() {
        assertEquals("2026-01-31T10:15:30.000000Z", AuditHash.time(Instant.parse("2026-01-31T10:15:30Z")));
    }
}
