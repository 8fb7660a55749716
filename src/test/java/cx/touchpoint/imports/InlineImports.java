package cx.touchpoint.imports;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Runs an import on the test's own thread, inside its rolled-back transaction. */
@TestConfiguration(proxyBeanMethods = false)
class InlineImports {

    @Bean
    @Primary
    ImportThreads inlineImportThreads() {
        return new ImportThreads() {
            @Override
            void execute(Runnable run) {
                run.run();
            }
        };
    }
}
