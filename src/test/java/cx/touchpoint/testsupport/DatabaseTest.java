package cx.touchpoint.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test against the real PostgreSQL (the run's own fresh schema, see {@link FreshSchemaPerRun}).
 * Each test method runs in a transaction that is rolled back, so tests see only their own rows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import({TestClockConfig.class, TestData.class})
@Transactional
public @interface DatabaseTest {}
