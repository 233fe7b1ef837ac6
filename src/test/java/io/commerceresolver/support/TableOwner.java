package io.commerceresolver.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Changes rows as the tables' owner, as someone with write access to the database would: on PostgreSQL the service's
 * own role may neither change nor delete a receipt (append-only); on H2 the service's user is the owner.
 */
@Component
public class TableOwner {

    private final DataSource dataSource;
    private final String user;
    private final String password;

    public TableOwner(DataSource dataSource, @Value("${spring.flyway.user:}") String user, @Value("${spring.flyway.password:}") String password) {
        this.dataSource = dataSource;
        this.user = user;
        this.password = password;
    }

    /** Runs the statement with these parameters; how many rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (!url.startsWith("jdbc:postgresql:")) {
                return new JdbcTemplate(dataSource).update(sql, parameters);
            }
            try (Connection owner = DriverManager.getConnection(url, user, password);
                 PreparedStatement statement = owner.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
