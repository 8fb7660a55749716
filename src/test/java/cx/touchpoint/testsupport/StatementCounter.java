package cx.touchpoint.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares, to prove a service call issues a fixed number
 * of them whatever the data size (no N+1). Import it into a Spring Boot test and call {@link #count}.
 */
@TestConfiguration
public class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

    private final AtomicLong statements = new AtomicLong();

    /** The number of statements {@code work} prepared. */
    public long count(Supplier<?> work) {
        long before = statements.get();
        work.get();
        return statements.get() - before;
    }

    @Bean
    static BeanPostProcessor countingDataSource(
            org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
                    return new DelegatingDataSource(dataSource) {
                        @Override
                        public Connection getConnection() throws java.sql.SQLException {
                            return counting(super.getConnection(), counter.getObject().statements);
                        }
                    };
                }
                return bean;
            }
        };
    }

    private static Connection counting(Connection connection, AtomicLong statements) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (STATEMENTS.contains(method.getName())) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
