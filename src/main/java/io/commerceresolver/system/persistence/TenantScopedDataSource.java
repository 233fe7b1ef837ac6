package io.commerceresolver.system.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import io.commerceresolver.system.TenantScope;

/**
 * Tells every PostgreSQL connection it hands out which tenant's rows it may touch: {@code app.tenant} is set to the
 * thread's {@link TenantScope} (the tenant id, {@code *} for system work across tenants, or empty outside any scope,
 * which the row-level security policies of db/postgresql answer with no rows).
 * <p>
 * Set when the connection is taken from the pool rather than with {@code set_config(..., true)} at each transaction's
 * start: reads outside a transaction (auto-commit) must be scoped too, and a transaction-local setting ends with the
 * first statement there. It is set for the session on every take, so a pooled connection never carries one tenant's
 * setting into another's work; Spring takes a transaction's connection when the transaction begins, inside the scope.
 * One statement per take, committed at once, so no later rollback undoes it.
 */
public class TenantScopedDataSource extends DelegatingDataSource {

    static final String SETTING = "app.tenant";
    private static final String SET_SCOPE = "SELECT set_config('" + SETTING + "', ?, false)";

    public TenantScopedDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(super.getConnection(username, password));
    }

    private static Connection scoped(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SET_SCOPE)) {
            statement.setString(1, TenantScope.current().orElse(""));
            statement.execute();
            if (!connection.getAutoCommit()) {
                connection.commit(); // a rolled-back setting would leave the connection's previous one in force
            }
            return connection;
        } catch (SQLException | RuntimeException failed) {
            connection.close();
            throw failed;
        }
    }
}
