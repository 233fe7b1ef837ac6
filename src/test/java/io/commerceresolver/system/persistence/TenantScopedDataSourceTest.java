package io.commerceresolver.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.commerceresolver.support.OutsideAnyTenantScope;
import io.commerceresolver.system.TenantScope;

@OutsideAnyTenantScope
class TenantScopedDataSourceTest {

    private final DataSource pool = mock(DataSource.class);
    private final Connection connection = mock(Connection.class);
    private final PreparedStatement statement = mock(PreparedStatement.class);
    private final TenantScopedDataSource scoped = new TenantScopedDataSource(pool);

    TenantScopedDataSourceTest() throws SQLException {
        when(pool.getConnection()).thenReturn(connection);
        when(connection.prepareStatement(anyString())).thenReturn(statement);
        when(connection.getAutoCommit()).thenReturn(true);
    }

    @Test
    void everyConnectionTakenIsToldTheThreadsScope() throws SQLException {
        assertThat(TenantScope.of("acme", () -> take())).isSameAs(connection);
        verify(connection).prepareStatement("SELECT set_config('app.tenant', ?, false)");
        verify(statement).setString(1, "acme");
        verify(statement).execute();
    }

    @Test
    void aConnectionTakenOutsideAnyScopeIsToldNoTenant() throws SQLException {
        take();
        verify(statement).setString(1, "");
    }

    @Test
    void systemWorkAcrossTenantsIsToldSo() throws SQLException {
        TenantScope.acrossTenants(this::take);
        verify(statement).setString(1, "*");
    }

    @Test
    void theSettingIsCommittedWhenThePoolHandsOutConnectionsInATransaction() throws SQLException {
        when(connection.getAutoCommit()).thenReturn(false);
        TenantScope.of("acme", this::take);
        verify(connection).commit();
    }

    @Test
    void aConnectionThatCouldNotBeToldIsClosedNotHandedOut() throws SQLException {
        when(statement.execute()).thenThrow(new SQLException("server gone"));
        assertThatThrownBy(() -> TenantScope.of("acme", () -> take())).hasRootCauseMessage("server gone");
        verify(connection).close();
        verify(connection, never()).commit();
    }

    private Connection take() {
        try {
            return scoped.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
