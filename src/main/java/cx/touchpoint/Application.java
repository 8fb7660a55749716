package cx.touchpoint;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import cx.touchpoint.base.CompanyTimeZone;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@Theme("touchpoint")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /**
     * The one clock of the application, in the company time zone; tests replace it to control SLAs
     * and quiet periods.
     */
    @Bean
    Clock clock(@Value("${touchpoint.time-zone:UTC}") String timeZone) {
        return Clock.system(CompanyTimeZone.parse(timeZone));
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Touchpoint");
        settings.addFavIcon("icon", "icons/touchpoint.svg", "any");
    }
}
