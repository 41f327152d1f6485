package org.haven.protection;

import static org.haven.support.DefenderFixtures.aDefender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionalException;

import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Sealing, opening and shredding against the real database, with the test's generated KEK. */
@QuarkusTest
class SensitiveVaultTest {

    @Inject
    SensitiveVault vault;

    @Inject
    KeyEncryptionKeys keks;

    @Inject
    EntityManager em;

    /** A registered defender without sensitive details yet, so that no data key exists for them. */
    private static UUID newDefender() {
        return UUID.fromString(aDefender().without("legalName").without("otherNames").without("currentCity")
                .without("contacts").without("riskNotes").register(Tokens.of(Roles.PROTECTION_OFFICER)));
    }

    private byte[] seal(UUID defender, String field, String value) {
        return QuarkusTransaction.requiringNew().call(() -> vault.seal(defender, field, value));
    }

    /** The defender_key row as the database holds it: kek_id, wrapped_key, destroyed_at. */
    record StoredKey(String kekId, byte[] wrappedKey, boolean destroyed) {
    }

    static StoredKey stored(UUID defender) throws Exception {
        try (Connection c = Database.asOwner();
                PreparedStatement s = c.prepareStatement(
                        "select kek_id, wrapped_key, destroyed_at from defender_key where defender_id = ?")) {
            s.setObject(1, defender);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new StoredKey(rs.getString(1), rs.getBytes(2), rs.getObject(3) != null);
            }
        }
    }

    @Test
    void aSealedValueOpensToItselfAndIsNotStoredInClear() {
        UUID defender = newDefender();
        byte[] sealed = seal(defender, "legalName", "Synthetic Legalname Vq3");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Vq3"));
        assertEquals("Synthetic Legalname Vq3", vault.open(defender, "legalName", sealed));
    }

    @Test
    void twoSealsOfTheSameValueDiffer() {
        UUID defender = newDefender();
        byte[] first = seal(defender, "currentCity", "Synthcity");
        byte[] second = seal(defender, "currentCity", "Synthcity");
        assertFalse(Arrays.equals(first, second));
        assertEquals(vault.open(defender, "currentCity", first), vault.open(defender, "currentCity", second));
    }

    @Test
    void nullStaysNullWithoutCreatingAKey() throws Exception {
        UUID defender = newDefender();
        assertNull(seal(defender, "legalName", null));
        assertNull(vault.open(defender, "legalName", null));
        assertNull(stored(defender));
    }

    @Test
    void aCiphertextDoesNotOpenForAnotherFieldOrAnotherDefender() {
        UUID defender = newDefender();
        UUID other = newDefender();
        byte[] sealed = seal(defender, "legalName", "Synthetic");
        seal(other, "legalName", "Other synthetic");
        assertThrows(IllegalStateException.class, () -> vault.open(defender, "riskNotes", sealed));
        assertThrows(IllegalStateException.class, () -> vault.open(other, "legalName", sealed));
    }

    @Test
    void aTamperedCiphertextDoesNotOpen() {
        UUID defender = newDefender();
        byte[] sealed = seal(defender, "riskNotes", "Synthetic notes");
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 3] ^= 0x40;
        assertThrows(IllegalStateException.class, () -> vault.open(defender, "riskNotes", tampered));
    }

    @Test
    void theStoredKeyIsWrappedNotTheDataKey() throws Exception {
        UUID defender = newDefender();
        seal(defender, "legalName", "Synthetic");
        StoredKey row = stored(defender);
        assertEquals(keks.primaryId(), row.kekId());
        assertThrows(GeneralSecurityException.class,
                () -> TinkProtoKeysetFormat.parseKeyset(row.wrappedKey(), InsecureSecretKeyAccess.get()),
                "the stored bytes are not a cleartext keyset");
        var dataKey = Envelope.unwrap(row.wrappedKey(), keks.primary(), defender);
        assertFalse(EnvelopeTest.contains(row.wrappedKey(), EnvelopeTest.rawAesKey(dataKey)),
                "the AES key does not appear in the stored bytes");
        assertThrows(IllegalStateException.class,
                () -> Envelope.unwrap(row.wrappedKey(), EnvelopeTest.randomKek(), defender),
                "only the KEK opens it");
    }

    @Test
    void shreddingDestroysTheKeyAndEverythingSealedWithIt() throws Exception {
        UUID defender = newDefender();
        byte[] sealed = seal(defender, "legalName", "Synthetic Legalname Sh1");
        assertFalse(vault.isShredded(defender));
        QuarkusTransaction.requiringNew().run(() -> vault.shred(defender));
        assertTrue(vault.isShredded(defender));
        assertThrows(DataErasedException.class, () -> vault.open(defender, "legalName", sealed));
        assertThrows(DataErasedException.class, () -> seal(defender, "legalName", "again"));
        StoredKey row = stored(defender);
        assertTrue(row.destroyed());
        assertNull(row.wrappedKey(), "no wrapped key left in the database");
        assertNull(row.kekId());
        QuarkusTransaction.requiringNew().run(() -> vault.shred(defender));
        assertTrue(stored(defender).destroyed(), "shredding twice is harmless");
    }

    @Test
    void theErasureRefusalIsOfTheGoneKind() {
        DataErasedException erased = new DataErasedException();
        assertEquals(org.haven.shared.error.Refusal.Kind.GONE, erased.kind());
        assertEquals("data-erased", erased.code());
    }

    @Test
    void aKeyOpenedEarlierInTheSameTransactionIsForgottenWhenShredded() {
        UUID defender = newDefender();
        byte[] sealed = seal(defender, "legalName", "Synthetic");
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals("Synthetic", vault.open(defender, "legalName", sealed));
            vault.shred(defender);
            assertThrows(DataErasedException.class, () -> vault.open(defender, "legalName", sealed));
            assertTrue(vault.isShredded(defender));
        });
    }

    @Test
    void aShredThatRollsBackLeavesTheKey() throws Exception {
        UUID defender = newDefender();
        byte[] sealed = seal(defender, "legalName", "Synthetic");
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            vault.shred(defender);
            throw new IllegalStateException("the erasure failed after shredding");
        }));
        assertFalse(vault.isShredded(defender));
        assertEquals("Synthetic", vault.open(defender, "legalName", sealed));
        assertNotNull(stored(defender).wrappedKey());
    }

    @Test
    void aDefenderWithoutKeyCanBeShreddedAndThenTakesNoNewData() throws Exception {
        UUID defender = newDefender();
        QuarkusTransaction.requiringNew().run(() -> vault.shred(defender));
        assertTrue(vault.isShredded(defender));
        assertThrows(DataErasedException.class, () -> seal(defender, "legalName", "Synthetic"));
        assertNull(stored(defender).wrappedKey());
    }

    @Test
    void theDatabaseRefusesToRestoreADestroyedKey() throws Exception {
        UUID defender = newDefender();
        seal(defender, "legalName", "Synthetic");
        byte[] before = stored(defender).wrappedKey();
        QuarkusTransaction.requiringNew().run(() -> vault.shred(defender));
        try (Connection c = Database.asRuntimeRole();
                PreparedStatement s = c.prepareStatement("update defender_key set wrapped_key = ?, kek_id = ?, "
                        + "destroyed_at = null where defender_id = ?")) {
            s.setBytes(1, before);
            s.setString(2, keks.primaryId());
            s.setObject(3, defender);
            assertThrows(java.sql.SQLException.class, s::executeUpdate);
        }
        try (Connection c = Database.asRuntimeRole();
                PreparedStatement s = c.prepareStatement("delete from defender_key where defender_id = ?")) {
            s.setObject(1, defender);
            assertThrows(java.sql.SQLException.class, s::executeUpdate, "the runtime role cannot delete");
        }
        assertTrue(vault.isShredded(defender));
    }

    @Test
    void writesRefuseToRunOutsideATransaction() {
        UUID defender = UUID.randomUUID();
        var refused = assertThrows(TransactionalException.class, () -> vault.seal(defender, "legalName", "x"));
        assertInstanceOf(TransactionRequiredException.class, refused.getCause());
        assertThrows(TransactionalException.class, () -> vault.shred(defender));
    }

    @Test
    void aFieldNameIsRequired() {
        UUID defender = newDefender();
        assertThrows(IllegalArgumentException.class, () -> seal(defender, " ", "x"));
        assertThrows(IllegalArgumentException.class, () -> vault.open(defender, null, new byte[] { 1 }));
    }

    @Test
    void aKeyMayBeCreatedBeforeTheDefenderRowInTheSameTransaction() throws Exception {
        UUID defender = UUID.randomUUID();
        byte[] sealed = QuarkusTransaction.requiringNew().call(() -> {
            byte[] value = vault.seal(defender, "legalName", "Synthetic");
            em.createNativeQuery("""
                    insert into defender (id, version, reference, team, status, pseudonym, risk_level, registered_at,
                                          registered_by, updated_at, updated_by)
                    values (?1, 0, ?2, 'team-test', 'ACTIVE', 'Synthetic', 'LOW', now(), 'test', now(), 'test')
                    """).setParameter(1, defender).setParameter(2, "T-" + defender.toString().substring(0, 12))
                    .executeUpdate();
            return value;
        });
        assertEquals("Synthetic", vault.open(defender, "legalName", sealed));
    }

    @Test
    void aKeyForADefenderThatNeverComesIsRefusedAtCommit() throws Exception {
        UUID unknown = UUID.randomUUID();
        assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> vault.seal(unknown, "legalName", "Synthetic")));
        assertNull(stored(unknown));
    }

    @Test
    void concurrentFirstUseCreatesExactlyOneKey() throws Exception {
        UUID defender = newDefender();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String value = "Synthetic value " + i;
                Callable<byte[]> task = () -> {
                    start.await();
                    return seal(defender, "legalName", value);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (int i = 0; i < threads; i++) {
                assertEquals("Synthetic value " + i, vault.open(defender, "legalName", results.get(i).get()),
                        "every writer used the one stored key");
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = Database.asOwner();
                PreparedStatement s = c.prepareStatement("select count(*) from defender_key where defender_id = ?")) {
            s.setObject(1, defender);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }
}
