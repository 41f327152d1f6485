package org.haven.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.haven.shared.error.Problem;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * With PostgreSQL gone, the service answered 500 internal-error (FaultToleranceIT found it): a stopped
 * server, a restarting one (SQLSTATE 57P03), a pooled connection cut by the restart. They are 503
 * database-unavailable with Retry-After, which a client may retry; everything else stays a 500.
 */
class DatabaseUnavailableTest {

    private final ProblemMappers mappers = new ProblemMappers(null);

    @Test
    void aRefusedConnectionIsA503WithRetryAfter() {
        Response response = mappers.unexpected(new JDBCConnectionException("could not connect",
                new SQLException("Connection refused", "08001", new ConnectException())));
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(String.valueOf(ProblemMappers.RETRY_AFTER_SECONDS), response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertEquals("database-unavailable", problem.code());
        assertTrue(problem.errors().isEmpty());
    }

    @Test
    void aServerStillStartingIsUnavailable() {
        assertTrue(DatabaseUnavailable.causes(new GenericJDBCException("could not prepare",
                new SQLException("the database system is not yet accepting connections", "57P03"))));
        assertTrue(DatabaseUnavailable.causes(new PersistenceException(new SQLException("terminating", "57P01"))));
    }

    @Test
    void aConnectionCutMidStatementIsUnavailable() {
        assertTrue(DatabaseUnavailable.causes(new GenericJDBCException("io",
                new SQLException("An I/O error occurred while sending to the backend.", "08006", new IOException()))));
    }

    @Test
    void aCommitLostWithItsConnectionIsUnavailable() {
        // Narayana's RollbackException carries the failure of the commit as a suppressed exception.
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("could not commit");
        rollback.addSuppressed(new JDBCConnectionException("flush", new SQLException("EOF", "08006")));
        assertEquals(503, mappers.unexpected(new RuntimeException(rollback)).getStatus());
        assertFalse(DatabaseUnavailable.causes(new RuntimeException(
                new jakarta.transaction.RollbackException("marked rollback-only"))));
    }

    @Test
    void anExhaustedPoolIsUnavailable() {
        assertTrue(DatabaseUnavailable.causes(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException(DatabaseUnavailable.POOL_ACQUISITION_TIMEOUT))));
    }

    @Test
    void otherDatabaseFailuresStayInternalErrors() {
        RuntimeException constraint = new GenericJDBCException("insert",
                new SQLException("duplicate key value violates unique constraint", "23505"));
        assertFalse(DatabaseUnavailable.causes(constraint));
        assertEquals(500, mappers.unexpected(constraint).getStatus());
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("a bug")));
    }
}
