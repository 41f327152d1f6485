package org.haven.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means that the database could not be reached: it is down or restarting, a pooled
 * connection was cut, or no connection came free within the pool's acquisition timeout. The request
 * may be retried, so the answer is 503 with Retry-After, not 500 (docs/operations.md#when-postgresql-is-gone).
 * Only types and SQLSTATEs are read, never messages that could carry values, with one exception: the
 * pool's own fixed text for an acquisition timeout, which Agroal raises without a SQLSTATE.
 */
final class DatabaseUnavailable {

    /**
     * SQLSTATE 57P01 admin_shutdown (the server is stopping), 57P02 crash_shutdown (a backend crashed
     * and the server is resetting), 57P03 cannot_connect_now (starting up or recovering); class 08 is
     * connection_exception.
     */
    private static final Set<String> SHUTTING_DOWN_OR_STARTING = Set.of("57P01", "57P02", "57P03");
    static final String POOL_ACQUISITION_TIMEOUT = "Sorry, acquisition timeout!";
    private static final int MAX_SEEN = 32;

    private DatabaseUnavailable() {
    }

    /**
     * Walks causes and suppressed exceptions: a commit that fails because the connection died arrives as
     * the transaction manager's RollbackException, which carries the JDBC failure as a suppressed one.
     */
    static boolean causes(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.add(failure);
        while (!pending.isEmpty() && seen.size() < MAX_SEEN) {
            Throwable current = pending.poll();
            if (current == null || !seen.add(current)) {
                continue;
            }
            if (current instanceof SQLTransientConnectionException
                    || current instanceof SQLNonTransientConnectionException
                    || current instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (current instanceof SQLException sql && (unreachable(sql.getSQLState())
                    || POOL_ACQUISITION_TIMEOUT.equals(sql.getMessage()))) {
                return true;
            }
            if (current.getCause() != null) {
                pending.add(current.getCause());
            }
            pending.addAll(Arrays.asList(current.getSuppressed()));
        }
        return false;
    }

    private static boolean unreachable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SHUTTING_DOWN_OR_STARTING.contains(sqlState));
    }
}
