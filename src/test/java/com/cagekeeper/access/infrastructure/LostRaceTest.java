package com.cagekeeper.access.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules 1-12 on a Galera cluster: a recorded entry whose transaction lost certification to a write on
 * another node (a revocation, say) was rolled back whole; the check decides again rather than answering
 * 409 or 500, and a lost connection is not taken for such a race (it answers 503).
 */
@DisplayName("Recorded check and a lost race")
class LostRaceTest {

    @Test
    @DisplayName("a Galera certification failure or an InnoDB deadlock (1213, 40001) means: decide again")
    void certificationFailureDecidesAgain() {
        assertTrue(JdbcAccessLedger.isLostRace(new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213)));
        assertTrue(JdbcAccessLedger.isLostRace(new SQLException("wrapped",
                new SQLException("Deadlock found when trying to get lock", "40001", 1213))));
    }

    @Test
    @DisplayName("a lost connection or any other failure is no race: it stays an error, never a grant")
    void otherFailuresAreNoRace() {
        assertFalse(JdbcAccessLedger.isLostRace(new SQLTransientConnectionException(
                "Driver has reconnect connection after a communications link failure", "25S03")));
        assertFalse(JdbcAccessLedger.isLostRace(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
    }
}
