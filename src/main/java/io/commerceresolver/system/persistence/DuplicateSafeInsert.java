package io.commerceresolver.system.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An insert that may lose a race on a unique key without spoiling the caller's transaction.
 * PostgreSQL aborts the whole transaction when a statement fails, so the row the winner wrote could not even be
 * read afterwards; a savepoint around the insert confines the failure to it (H2 does not need it, but accepts it).
 * The JDBC savepoint is taken directly because the application's JPA transaction manager cannot nest transactions.
 */
public final class DuplicateSafeInsert {

    private final DataSource dataSource;

    public DuplicateSafeInsert(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * For an insert that skips itself when the row exists (returning its row count): {@code true} only when this
     * call wrote the row, whether the other writer was earlier or just as quick.
     */
    public boolean insertIfAbsent(IntSupplier insert) {
        int[] rows = new int[1];
        return tryInsert(() -> rows[0] = insert.getAsInt()) && rows[0] == 1;
    }

    /** Runs the insert; {@code false} means the unique key was already taken and nothing was written. */
    public boolean tryInsert(Runnable insert) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                insert.run();
                return true;
            } catch (DuplicateKeyException taken) {
                return false;
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint beforeInsert = connection.setSavepoint();
            try {
                insert.run();
            } catch (DuplicateKeyException taken) {
                connection.rollback(beforeInsert);
                return false;
            }
            connection.releaseSavepoint(beforeInsert);
            return true;
        } catch (SQLException e) {
            throw new UncategorizedSQLException("savepoint around an insert", null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
