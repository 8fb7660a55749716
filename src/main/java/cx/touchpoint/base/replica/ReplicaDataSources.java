package cx.touchpoint.base.replica;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code spring.datasource.replica.url} set: two pools, the primary's ({@code spring.datasource.*}, where
 * Flyway migrates and every write goes) and the replica's ({@code spring.datasource.replica.*}: url, username and
 * password defaulting to the primary's, {@code hikari.*} over the primary's pool settings, {@code max-lag} default
 * 30 s, {@code check-interval} default 5 s), behind Spring's {@link LazyConnectionDataSourceProxy}: a read-only
 * transaction takes its connection from {@link ReplicaReads#readOnlyTarget()}, everything else from the primary.
 * Without the property none of this exists and Spring Boot's one pool serves everything, as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.datasource.replica.url")
class ReplicaDataSources {

    @Bean
    @FlywayDataSource
    HikariDataSource primaryDataSource(DataSourceProperties properties, Environment environment) {
        HikariDataSource pool = properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        if (pool.getPoolName() == null) {
            pool.setPoolName("primary");
        }
        return pool;
    }

    @Bean(destroyMethod = "close")
    ReplicaReads replicaReads(
            HikariDataSource primaryDataSource,
            DataSourceProperties properties,
            Environment environment,
            ObjectProvider<ReplicaLag> lag) {
        Binder binder = Binder.get(environment);
        HikariDataSource replica = new HikariDataSource();
        binder.bind("spring.datasource.hikari", Bindable.ofInstance(replica));
        // a replica that is down must not hold a page for the primary's 5 s: fall back after one
        replica.setConnectionTimeout(1000);
        binder.bind("spring.datasource.replica.hikari", Bindable.ofInstance(replica));
        replica.setJdbcUrl(environment.getRequiredProperty("spring.datasource.replica.url"));
        replica.setUsername(
                environment.getProperty("spring.datasource.replica.username", properties.determineUsername()));
        replica.setPassword(
                environment.getProperty("spring.datasource.replica.password", properties.determinePassword()));
        replica.setPoolName("replica");
        replica.setReadOnly(true);
        // start without the replica: the pool opens its connections when first asked
        replica.setInitializationFailTimeout(-1);
        Duration maxLag =
                binder.bind("spring.datasource.replica.max-lag", Duration.class).orElse(Duration.ofSeconds(30));
        Duration checkInterval = binder.bind("spring.datasource.replica.check-interval", Duration.class)
                .orElse(Duration.ofSeconds(5));
        return new ReplicaReads(
                primaryDataSource,
                replica,
                lag.getIfAvailable(WalReplayLag::new),
                maxLag,
                checkInterval,
                // replication lag is real time (the server's commit stamps), whatever the application clock replays
                Clock.systemUTC());
    }

    @Bean
    @Primary
    DataSource dataSource(HikariDataSource primaryDataSource, ReplicaReads replicaReads) {
        var routing = new LazyConnectionDataSourceProxy(primaryDataSource);
        routing.setReadOnlyDataSource(replicaReads.readOnlyTarget());
        return routing;
    }
}
