package cx.touchpoint.insight;

import org.springframework.stereotype.Component;

/**
 * The company's insight settings as other features' services read them, inside their own transaction and
 * permission (the admin screen changes them through {@link InsightSettingsService}).
 */
@Component
public class InsightPolicy {

    private final InsightSettingsRepository repository;

    InsightPolicy(InsightSettingsRepository repository) {
        this.repository = repository;
    }

    /** The settings in force: confidence level, minimum n, minimum responses for drivers. */
    public InsightSettings current() {
        return repository.read();
    }
}
