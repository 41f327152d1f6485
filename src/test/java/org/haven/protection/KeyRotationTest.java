package org.haven.protection;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.ConfigProvider;
import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * KEK rotation: data sealed under KEK "a" (as a replica still configured with primary "a" would
 * seal it), the service restarted with "a" and "b" and primary "b", then rotated through the API.
 * Batches of two, so that several batches run.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.TwoKeks.class)
class KeyRotationTest {

    public static class TwoKeks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("haven.protection.keks.a", KeyEncryptionKeysTest.randomKek(32),
                    "haven.protection.keks.b", KeyEncryptionKeysTest.randomKek(32),
                    "haven.protection.primary-kek", "b",
                    "haven.protection.rotation-batch-size", "2");
        }
    }

    @Inject
    SensitiveVault vault;

    @Inject
    DefenderKeyRepository keys;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    Clock clock;

    private final String admin = Tokens.of(Roles.ADMIN);

    private static String kek(String id) {
        return ConfigProvider.getConfig().getValue("haven.protection.keks." + id, String.class);
    }

    /**
     * A vault as a replica configured with only these KEKs (the first is primary) would run it. Not a
     * CDI bean, so the test opens the transactions itself.
     */
    private SensitiveVault vaultWith(String... ids) {
        Map<String, String> configured = new LinkedHashMap<>();
        for (String id : ids) {
            configured.put(id, kek(id));
        }
        return new SensitiveVault(keys, new KeyEncryptionKeys(KeyEncryptionKeysTest.config(configured, ids[0])),
                transaction, clock);
    }

    /** A registered defender without sensitive details yet, so that no data key exists for them. */
    private static UUID newDefender() {
        return UUID.fromString(aDefender().without("legalName").without("otherNames").without("currentCity")
                .without("contacts").without("riskNotes").register(Tokens.of(Roles.PROTECTION_OFFICER)));
    }

    private static String kekIdOf(UUID defender) throws Exception {
        try (Connection c = Database.asOwner();
                PreparedStatement s = c.prepareStatement(
                        "select kek_id, rotated_at from defender_key where defender_id = ?")) {
            s.setObject(1, defender);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1) + (rs.getObject(2) == null ? "" : " rotated");
            }
        }
    }

    private JsonPath rotate() {
        return given().auth().oauth2(admin).post("/admin/keys/rotation").then().statusCode(200)
                .body(not(containsString(kek("a")))).body(not(containsString(kek("b"))))
                .extract().jsonPath();
    }

    private JsonPath status() {
        return given().auth().oauth2(admin).get("/admin/keys/status").then().statusCode(200)
                .body(not(containsString(kek("a")))).body(not(containsString(kek("b"))))
                .extract().jsonPath();
    }

    private static JsonPath latestRotationEntry() {
        return given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("entityType", "kek")
                .queryParam("entityId", KeyRotationService.entityIdOf("b").toString()).queryParam("sort", "-seq")
                .queryParam("size", 1).get("/audit").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void rotationRewrapsEveryKeyToThePrimaryAndTheDataStaysReadable() throws Exception {
        SensitiveVault oldReplica = vaultWith("a");
        Map<UUID, byte[]> sealed = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            UUID defender = newDefender();
            sealed.put(defender, QuarkusTransaction.requiringNew()
                    .call(() -> oldReplica.seal(defender, "legalName", "Synthetic " + defender)));
            assertEquals("a", kekIdOf(defender));
        }
        sealed.forEach((defender, value) -> assertEquals("Synthetic " + defender,
                vault.open(defender, "legalName", value), "readable before the rotation: a is still configured"));
        JsonPath before = status();
        assertEquals("b", before.getString("primaryKek"));
        assertTrue(before.getBoolean("rotationPending"));
        assertEquals(5, before.getLong("keks.find { it.kekId == 'a' }.dataKeys"));

        JsonPath result = rotate();
        assertEquals("b", result.getString("primaryKek"));
        assertEquals(5, result.getLong("rewrapped"));

        for (UUID defender : sealed.keySet()) {
            assertEquals("b rotated", kekIdOf(defender));
        }
        SensitiveVault onlyB = vaultWith("b");
        SensitiveVault onlyA = vaultWith("a");
        sealed.forEach((defender, value) -> {
            assertEquals("Synthetic " + defender, vault.open(defender, "legalName", value));
            assertEquals("Synthetic " + defender, QuarkusTransaction.requiringNew()
                    .call(() -> onlyB.open(defender, "legalName", value)),
                    "after the rotation the old KEK is no longer needed");
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew()
                    .call(() -> onlyA.open(defender, "legalName", value)));
        });
        JsonPath after = status();
        assertEquals(false, after.getBoolean("rotationPending"));
        assertEquals(0, after.getLong("keks.find { it.kekId == 'a' }.dataKeys"));
        assertTrue(after.getBoolean("keks.find { it.kekId == 'a' }.configured"));

        JsonPath entry = latestRotationEntry();
        assertEquals("KEYS_REWRAPPED", entry.getString("items[0].action"));
        assertEquals(5, entry.getInt("items[0].changes.rewrapped.after"));

        JsonPath again = rotate();
        assertEquals(0, again.getLong("rewrapped"));
        assertTrue(again.getLong("alreadyCurrent") >= 5);
    }

    @Test
    void destroyedKeysAreCountedAndLeftAlone() throws Exception {
        SensitiveVault oldReplica = vaultWith("a");
        UUID defender = newDefender();
        QuarkusTransaction.requiringNew().run(() -> oldReplica.seal(defender, "legalName", "Synthetic"));
        QuarkusTransaction.requiringNew().run(() -> vault.shred(defender));
        JsonPath result = rotate();
        assertTrue(result.getLong("destroyed") >= 1);
        assertTrue(vault.isShredded(defender));
    }

    @Test
    void keysUnderAKekThisServiceDoesNotHaveStopTheRotationBeforeAnyChange() throws Exception {
        Map<String, String> unknown = Map.of("c", KeyEncryptionKeysTest.randomKek(32));
        SensitiveVault foreign = new SensitiveVault(keys,
                new KeyEncryptionKeys(KeyEncryptionKeysTest.config(unknown, "c")), transaction, clock);
        UUID defender = newDefender();
        UUID pending = newDefender();
        SensitiveVault oldReplica = vaultWith("a");
        try {
            QuarkusTransaction.requiringNew().run(() -> foreign.seal(defender, "legalName", "Synthetic"));
            QuarkusTransaction.requiringNew().run(() -> oldReplica.seal(pending, "legalName", "Synthetic"));
            assertProblem(given().auth().oauth2(admin).post("/admin/keys/rotation").then(), 409, "kek-not-configured")
                    .body("detail", containsString("[c]"));
            assertEquals("a", kekIdOf(pending), "nothing was re-wrapped");
            assertEquals(false, status().getBoolean("keks.find { it.kekId == 'c' }.configured"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> vault.shred(defender));
        }
        rotate();
        assertEquals("b rotated", kekIdOf(pending));
    }

    @Test
    void anInterruptedRotationIsRecordedWithWhatItDidAndCanBeRepeated() throws Exception {
        UUID broken = newDefender();
        try (Connection c = Database.asRuntimeRole();
                PreparedStatement s = c.prepareStatement("insert into defender_key (defender_id, kek_id, wrapped_key, "
                        + "created_at) values (?, 'a', ?, now())")) {
            s.setObject(1, broken);
            s.setBytes(2, new byte[] { 1, 2, 3, 4 });
            s.executeUpdate();
        }
        try {
            assertProblem(given().auth().oauth2(admin).post("/admin/keys/rotation").then(), 500, "internal-error");
            JsonPath entry = latestRotationEntry();
            assertEquals("KEYS_REWRAPPED", entry.getString("items[0].action"));
            assertNotNull(entry.getString("items[0].reason"));
            assertTrue(entry.getString("items[0].reason").contains("interrupted"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> vault.shred(broken));
        }
        assertEquals(0, rotate().getLong("rewrapped"), "the broken key was the only one left");
    }

    @Test
    void newKeysAreWrappedWithThePrimary() throws Exception {
        List<UUID> defenders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            UUID defender = newDefender();
            QuarkusTransaction.requiringNew().run(() -> vault.seal(defender, "currentCity", "Synthcity"));
            defenders.add(defender);
        }
        for (UUID defender : defenders) {
            assertEquals("b", kekIdOf(defender));
        }
        given().auth().oauth2(admin).get("/admin/keys/status").then().statusCode(200)
                .body("primaryKek", equalTo("b"));
    }
}
