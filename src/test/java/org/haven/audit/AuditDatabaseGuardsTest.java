package org.haven.audit;

import static org.haven.support.DefenderFixtures.aDefender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The database itself keeps the log append-only, whoever connects (short of a superuser). */
@QuarkusTest
class AuditDatabaseGuardsTest {

    private static final String PERMISSION_DENIED = "42501";

    private static SQLException attempt(Connection connection, String sql) {
        return assertThrows(SQLException.class, () -> {
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
        });
    }

    private void ensureEntries() {
        aDefender().register(Tokens.of(Roles.PROTECTION_OFFICER));
    }

    @Test
    void runtimeRoleCannotUpdateDeleteOrTruncate() throws SQLException {
        ensureEntries();
        try (Connection c = Database.asRuntimeRole()) {
            assertEquals(PERMISSION_DENIED, attempt(c, "delete from audit_entry").getSQLState());
            assertEquals(PERMISSION_DENIED, attempt(c, "update audit_entry set reason = 'x'").getSQLState());
            assertEquals(PERMISSION_DENIED, attempt(c, "truncate audit_entry").getSQLState());
        }
    }

    /**
     * The owner could still switch the triggers off (ALTER TABLE); that is what signed checkpoints
     * are for (AuditTamperingTest). Here: with the triggers on, the owner's changes are refused too.
     */
    @Test
    void theTableOwnersChangesAreRefusedByTheTriggers() throws SQLException {
        ensureEntries();
        try (Connection c = Database.asOwner()) {
            assertEquals(PERMISSION_DENIED, attempt(c, "delete from audit_entry where seq = 1").getSQLState());
            assertEquals(PERMISSION_DENIED, attempt(c, "update audit_entry set reason = 'x' where seq = 1")
                    .getSQLState());
            assertEquals(PERMISSION_DENIED, attempt(c, "truncate audit_entry").getSQLState());
        }
    }

    /** The published hash form (docs/openapi.yaml) is a check constraint: nothing else reaches a reader. */
    @Test
    void aHashInAnyOtherFormIsRefused() throws SQLException {
        ensureEntries();
        try (Connection c = Database.asOwner()) {
            SQLException refused = attempt(c, "insert into audit_entry (seq, occurred_at, actor_subject, actor_name, "
                    + "actor_roles, action, entity_type, entity_id, prev_hash, hash) "
                    + "select max(seq) + 1, now(), 'x', 'x', 'admin', 'DEFENDER_REGISTERED', 'defender', 'x', "
                    + "(select hash from audit_entry order by seq desc limit 1), upper(md5('x') || md5('y')) "
                    + "from audit_entry");
            assertEquals("23514", refused.getSQLState(), "check_violation");
        }
    }

    @Test
    void anEntryThatDoesNotExtendTheHeadIsRefused() throws SQLException {
        ensureEntries();
        try (Connection c = Database.asOwner()) {
            SQLException refused = attempt(c, "insert into audit_entry (seq, occurred_at, actor_subject, actor_name, "
                    + "actor_roles, action, entity_type, entity_id, prev_hash, hash) "
                    + "select max(seq) + 1, now(), 'x', 'x', 'admin', 'DEFENDER_REGISTERED', 'defender', 'x', "
                    + "repeat('1', 64), repeat('2', 64) from audit_entry");
            assertEquals("23000", refused.getSQLState());
        }
    }
}
