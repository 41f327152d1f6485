package org.haven.audit;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * An attacker with superuser access to the database (who can switch the triggers off) changes,
 * removes or re-hashes entries: verification pinpoints the change, and a checkpoint signed before
 * the attack exposes even a fully rebuilt chain. Each test restores the original rows afterwards.
 */
@QuarkusTest
class AuditTamperingTest {

    private final String auditor = Tokens.of(Roles.AUDITOR);

    /** Three fresh entries; returns their sequence numbers. */
    private List<Long> freshEntries() {
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = aDefender().register(officer);
            Number seq = given().auth().oauth2(auditor).queryParam("entityId", id).get("/audit").then()
                    .extract().path("items[0].seq");
            seqs.add(seq.longValue());
        }
        return seqs;
    }

    private ValidatableResponse verify() {
        return given().auth().oauth2(auditor).get("/audit/verify").then().statusCode(200);
    }

    private static void asAttacker(String sql, Object... params) throws SQLException {
        try (Connection c = Database.asSuperuser()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    /** Snapshot of rows seq >= from, to put back after the test. */
    private static List<Object[]> snapshot(long from) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = Database.asSuperuser();
                PreparedStatement ps = c.prepareStatement("select * from audit_entry where seq >= ? order by seq")) {
            ps.setLong(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void restore(long from, List<Object[]> rows) throws SQLException {
        try (Connection c = Database.asSuperuser()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
            }
            try (PreparedStatement delete = c.prepareStatement("delete from audit_entry where seq >= ?")) {
                delete.setLong(1, from);
                delete.executeUpdate();
            }
            for (Object[] row : rows) {
                String marks = String.join(",", java.util.Collections.nCopies(row.length, "?"));
                try (PreparedStatement insert = c.prepareStatement("insert into audit_entry values (" + marks + ")")) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.executeUpdate();
                }
            }
            c.commit();
        }
    }

    @Test
    void alteredEntryIsPinpointed() throws SQLException {
        long target = freshEntries().get(1);
        List<Object[]> original = snapshot(target);
        try {
            asAttacker("update audit_entry set actor_subject = 'someone-else' where seq = ?", target);
            verify().body("valid", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) target))
                    .body("problem", containsString("altered"));
        } finally {
            restore(target, original);
        }
        verify().body("valid", equalTo(true));
    }

    @Test
    void removedEntryIsPinpointed() throws SQLException {
        long target = freshEntries().get(1);
        List<Object[]> original = snapshot(target);
        try {
            asAttacker("delete from audit_entry where seq = ?", target);
            verify().body("valid", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) target))
                    .body("problem", containsString("missing"));
        } finally {
            restore(target, original);
        }
        verify().body("valid", equalTo(true));
    }

    @Test
    void insertedEntryIsPinpointed() throws SQLException {
        long target = freshEntries().get(1);
        List<Object[]> original = snapshot(target);
        try {
            // shift the later entries up by one and slip a forged entry in, keeping its own hash valid
            asAttacker("update audit_entry set seq = seq + 1000000 where seq >= ?", target);
            asAttacker("update audit_entry set seq = seq - 1000000 + 1 where seq >= ?", target + 1000000);
            String prev = (String) snapshot(target - 1).get(0)[12];
            AuditEntry forged = new AuditEntry(target, Instant.now(), "forger", "Forger", "admin",
                    AuditAction.DEFENDER_REGISTERED, "defender", UUID.randomUUID().toString(), null, null, null, prev);
            asAttacker("insert into audit_entry (seq, occurred_at, actor_subject, actor_name, actor_roles, action, "
                    + "entity_type, entity_id, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    forged.seq(), java.sql.Timestamp.from(forged.occurredAt()), forged.actorSubject(),
                    forged.actorName(), forged.actorRoles(), forged.action(), forged.entityType(), forged.entityId(),
                    "f".repeat(64), forged.hash());
            verify().body("valid", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) target));
        } finally {
            restore(target, original);
        }
        verify().body("valid", equalTo(true));
    }

    @Test
    void rebuiltChainPassesItsOwnCheckButFailsAgainstAnEarlierCheckpoint() throws SQLException {
        long target = freshEntries().get(0);
        Map<String, Object> checkpoint = given().auth().oauth2(auditor).get("/audit/checkpoint").then()
                .statusCode(200).extract().jsonPath().getMap("$");
        List<Object[]> original = snapshot(target);
        try {
            // change one entry and recompute every hash after it: a self-consistent forged chain
            asAttacker("update audit_entry set reason = 'rewritten history' where seq = ?", target);
            rehashFrom(target);
            verify().body("valid", equalTo(true));
            given().auth().oauth2(auditor).queryParams(checkpointParams(checkpoint))
                    .get("/audit/checkpoint/verify").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("problem", containsString("rebuilt"));
        } finally {
            restore(target, original);
        }
        given().auth().oauth2(auditor).queryParams(checkpointParams(checkpoint)).get("/audit/checkpoint/verify")
                .then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void forgedCheckpointIsRejected() {
        freshEntries();
        Map<String, Object> checkpoint = new java.util.HashMap<>(given().auth().oauth2(auditor)
                .get("/audit/checkpoint").then().extract().jsonPath().getMap("$"));
        checkpoint.put("headHash", "a".repeat(64));
        given().auth().oauth2(auditor).queryParams(checkpointParams(checkpoint)).get("/audit/checkpoint/verify")
                .then().statusCode(200).body("valid", equalTo(false)).body("problem", containsString("signature"));
    }

    private static Map<String, Object> checkpointParams(Map<String, Object> checkpoint) {
        return Map.of("seq", checkpoint.get("seq"), "headHash", checkpoint.get("headHash"),
                "signedAt", checkpoint.get("signedAt"), "keyId", checkpoint.get("keyId"),
                "signature", checkpoint.get("signature"));
    }

    /** What an attacker with the documented algorithm would do: recompute prev_hash/hash from seq on. */
    private static void rehashFrom(long from) throws SQLException {
        try (Connection c = Database.asSuperuser()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
            }
            String prev;
            try (PreparedStatement ps = c.prepareStatement("select hash from audit_entry where seq = ?")) {
                ps.setLong(1, from - 1);
                try (ResultSet rs = ps.executeQuery()) {
                    prev = rs.next() ? rs.getString(1) : AuditHash.GENESIS;
                }
            }
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select seq, occurred_at, actor_subject, actor_name, "
                    + "actor_roles, action, entity_type, entity_id, case_id, reason, changes from audit_entry "
                    + "where seq >= ? order by seq")) {
                ps.setLong(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] { rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getString(11) });
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                // move hashes out of the way of the unique constraints first (in the hex form the
                // check constraint demands: an attacker who keeps the constraint must write valid forms)
                s.execute("update audit_entry set prev_hash = lpad(to_hex(seq), 64, 'e'), hash = lpad(to_hex(seq), 64, 'f')"
                        + " where seq >= " + from);
            }
            for (Object[] r : rows) {
                String hash = AuditHash.hash(prev, AuditHash.canonical((Long) r[0], (Instant) r[1], (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                        (String) r[9], (String) r[10]));
                try (PreparedStatement ps = c.prepareStatement(
                        "update audit_entry set prev_hash = ?, hash = ? where seq = ?")) {
                    ps.setString(1, prev);
                    ps.setString(2, hash);
                    ps.setLong(3, (Long) r[0]);
                    ps.executeUpdate();
                }
                prev = hash;
            }
            c.commit();
        }
        assertTrue(from > 0);
    }
}
