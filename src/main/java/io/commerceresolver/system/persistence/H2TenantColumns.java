package io.commerceresolver.system.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * After every migration on H2: tells the planner that a {@code tenant_id} column tells rows apart badly (selectivity
 * 1 of 100: a database holds a few tenants, and most rows belong to one of them).
 * <p>
 * Why: H2 chooses an index from column statistics, and without them it assumes every column tells half the rows
 * apart. A foreign key on {@code tenant_id} has an index of its own, and with that guess H2 took it for
 * {@code UPDATE tool_call ... WHERE tenant_id = ? AND idempotency_key = ?} instead of the primary key, and for a
 * ticket's events instead of the ticket's index: every step of every run, and every look at a ticket, read all of the
 * tenant's rows (14 ms per update and 200 ms per ticket's story after 1,500 tickets, in H2's own statement
 * statistics). H2 computes the statistics itself only now and then, does not keep them over a restart, and keeps a
 * statement's plan for as long as the statement is cached. The selectivity set here is part of the schema: it holds
 * from the first statement on, and a later ANALYZE finds the same. Done after each migration, so that tables added
 * later get it too. PostgreSQL keeps real statistics and needs nothing of this.
 */
@Component
class H2TenantColumns implements Callback {

    static final int TENANT_SELECTIVITY = 1;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection connection = context.getConnection();
            if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : tablesWithTenantColumn(connection)) {
                    statement.execute("ALTER TABLE \"" + table.replace("\"", "\"\"") + "\" ALTER COLUMN TENANT_ID SELECTIVITY "
                            + TENANT_SELECTIVITY);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the selectivity of the tenant columns", e);
        }
    }

    private static List<String> tablesWithTenantColumn(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS c
                JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
                WHERE c.TABLE_SCHEMA = ? AND c.COLUMN_NAME = 'TENANT_ID' AND t.TABLE_TYPE = 'BASE TABLE'
                  AND COALESCE(c.SELECTIVITY, 50) <> ?
                """)) {
            query.setString(1, connection.getSchema());
            query.setInt(2, TENANT_SELECTIVITY);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    @Override
    public String getCallbackName() {
        return "h2-tenant-columns";
    }
}
