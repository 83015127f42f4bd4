package com.cagekeeper.access.infrastructure;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("The connection pool runs one statement at a time: stacked statements are refused on every path")
class StackedStatementsTest {

    @Inject
    DataSource dataSource;

    @Test
    @DisplayName("a text with two statements is an error, not two executions (no allowMultiQueries)")
    void stackedStatementsAreRefused() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("SELECT 1; SELECT 2"));
        }
    }
}
