package ma.hadana.registry.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one DataSource of a Hadana process: the external server when configured, else embedded. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DatabaseProperties.class, PoolProperties.class})
public class DatabaseConfiguration {

  /** The embedded server, started or joined only when no external URL is configured. */
  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties props) {
    if (!props.embedded()) {
      return null;
    }
    return EmbeddedPostgresServer.startOrJoin(props);
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(DatabaseProperties props, PoolProperties pool,
      ObjectProvider<EmbeddedPostgresServer> embedded,
      @Value("${hadana.db.unix-socket:true}") boolean unixSocket) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("hadana");
    config.setMaximumPoolSize(pool.maximumSize());
    // Short, so that during an outage callers fail fast (webhooks answer 503) instead of hanging.
    config.setConnectionTimeout(pool.connectionTimeout().toMillis());
    config.setValidationTimeout(Math.min(pool.connectionTimeout().toMillis(), 2_000));
    if (props.embedded()) {
      EmbeddedPostgresServer server = embedded.getObject();
      // The embedded server is on this machine: its Unix-domain socket spares both sides the
      // TCP stack on every round trip (HADANA_DB_UNIX_SOCKET=false keeps TCP).
      config.setJdbcUrl(unixSocket ? server.unixSocketUrl().orElse(server.jdbcUrl()) : server.jdbcUrl());
      config.setUsername(EmbeddedPostgresServer.USER);
      config.setPassword("");
    } else {
      // Timeouts unless the URL sets its own: a hung server must not hold connections forever.
      config.setJdbcUrl(props.externalUrl());
      config.setUsername(props.user());
      config.setPassword(props.password());
    }
    return new HikariDataSource(config);
  }
}
