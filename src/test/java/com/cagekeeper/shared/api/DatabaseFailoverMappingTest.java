package com.cagekeeper.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.access.infrastructure.AccessStorageException;

/**
 * What the service answers while a Galera node fails over (ops/galera-failover.sh): the failures the
 * MariaDB driver, the Agroal pool and Hibernate raise then are a 503 with Retry-After, never a 500, and a
 * failure that is not about the connection stays what it was.
 */
@DisplayName("Database failover answers 503")
class DatabaseFailoverMappingTest {

    private final ProblemMappers mappers = new ProblemMappers();

    /** The pool's refusal as Agroal raises it: a plain SQLException thrown from inside the pool. */
    private static SQLException acquisitionTimeout() {
        SQLException e = new SQLException("Sorry, acquisition timeout!");
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.agroal.pool.ConnectionPool", "handlerFromSharedCache", "ConnectionPool.java", 500),
                new StackTraceElement("io.agroal.pool.DataSource", "getConnection", "DataSource.java", 70) });
        return e;
    }

    @Test
    @DisplayName("a pool acquisition timeout, raw (access ledger) or wrapped by Hibernate, is a 503")
    void acquisitionTimeout503() {
        assertTrue(ProblemMappers.isDatabaseUnavailable(new AccessStorageException(acquisitionTimeout())));
        Response r = mappers.unexpected(new GenericJDBCException("Unable to acquire JDBC Connection",
                acquisitionTimeout()), null);
        assertEquals(503, r.getStatus());
        assertEquals("5", r.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertTrue(((String) r.getEntity()).contains("\"code\":\"DEPENDENCY_UNAVAILABLE\""));
    }

    @Test
    @DisplayName("the driver's failover to another node, mid-statement, is a 503")
    void driverFailover503() {
        var e = new SQLTransientConnectionException(
                "Driver has reconnect connection after a communications link failure with 127.0.0.1:3511", "25S03");
        assertEquals(503, mappers.unexpected(new AccessStorageException(e), null).getStatus());
    }

    @Test
    @DisplayName("a Galera node that is not ready (WSREP, 08S01) is a 503")
    void nodeNotReady503() {
        var e = new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047);
        assertEquals(503, mappers.unexpected(new AccessStorageException(e), null).getStatus());
    }

    @Test
    @DisplayName("a plain SQLException thrown outside the pool is not taken for an outage")
    void otherFailuresStay500() {
        assertFalse(ProblemMappers.isDatabaseUnavailable(new SQLException("Sorry, acquisition timeout!")));
        var e = new SQLException("Data too long for column 'name'", "22001", 1406);
        assertEquals(500, mappers.unexpected(new AccessStorageException(e), null).getStatus());
    }
}
