package com.cagekeeper.access.infrastructure;

import java.sql.SQLException;

/** The access ledger could not read or record: never a grant (503 when the database is unreachable). */
public class AccessStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessStorageException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
