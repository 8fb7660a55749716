package cx.touchpoint.demo;

import cx.touchpoint.security.DemoPreparation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo company at start, so a newcomer sees a living dashboard.
 * On by default; a real deployment sets {@code touchpoint.demo.enabled=false}. A database that
 * already has accounts is never touched.
 */
@Component
@ConditionalOnProperty(name = "touchpoint.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final DemoCompany company;
    private final TransactionTemplate transaction;
    private final DemoApiTokens apiTokens;
    private final DemoPreparation preparation;

    DemoDataLoader(
            JdbcClient jdbc,
            DemoCompany company,
            TransactionTemplate transaction,
            DemoApiTokens apiTokens,
            DemoPreparation preparation) {
        this.jdbc = jdbc;
        this.company = company;
        this.transaction = transaction;
        this.apiTokens = apiTokens;
        this.preparation = preparation;
    }

    @Override
    public void run(ApplicationArguments args) {
        // the login page shows the progress, and a sign-in waits for it, until the users are committed
        try {
            long accounts =
                    jdbc.sql("select count(*) from account").query(Long.class).single();
            if (accounts > 0) {
                // demo databases from before the tokens were stored (the README promises demo-<username>)
                Integer tokens = transaction.execute(status -> apiTokens.create());
                log.info(
                        "Demo data: the database already has {} accounts; leaving it as it is ({} demo API tokens"
                                + " added)",
                        accounts,
                        tokens);
                return;
            }
            long started = System.nanoTime();
            transaction.executeWithoutResult(status -> company.generate(preparation::reached));
            log.info(
                    "Demo data: generated in {} ms (sign in as executive / touchpoint)",
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            preparation.finished();
        }
    }
}
