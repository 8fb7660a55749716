package cx.touchpoint.summary;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operator's repair command: start the app with {@code --touchpoint.summaries.rebuild-and-exit=true}
 * and it rebuilds every summary, logs the row counts and exits (status 0) before any other start-up
 * work (such as generating demo data) runs.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "touchpoint.summaries.rebuild-and-exit", havingValue = "true")
class SummaryRebuildCommand implements ApplicationRunner {

    private final Summaries summaries;
    private final ConfigurableApplicationContext context;

    SummaryRebuildCommand(Summaries summaries, ConfigurableApplicationContext context) {
        this.summaries = summaries;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        summaries.rebuildAll();
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
