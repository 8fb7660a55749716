package cx.touchpoint.insight;

import cx.touchpoint.base.InputValidator;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's confidence level, minimum n and minimum responses for key drivers. */
@Service
@Transactional
public class InsightSettingsService {

    private final InsightSettingsRepository repository;
    private final InputValidator validator;
    private final AdminAudit audit;

    InsightSettingsService(InsightSettingsRepository repository, InputValidator validator, AdminAudit audit) {
        this.repository = repository;
        this.validator = validator;
        this.audit = audit;
    }

    /** The settings in force; every figure's interval and test uses them. */
    @Requires(Permission.SIGNED_IN)
    @Transactional(readOnly = true)
    public InsightSettings settings() {
        return repository.read();
    }

    /**
     * Stores new settings and writes the change to the audit log.
     *
     * @throws InvalidInput naming the field: a confidence level other than 90, 95 or 99, a minimum out of
     *     its range, or settings someone else saved since they were read (nothing is stored)
     */
    @Requires(Permission.ADMINISTER)
    public InsightSettings update(InsightSettings settings) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (settings.confidencePercent() != 90
                && settings.confidencePercent() != 95
                && settings.confidencePercent() != 99) {
            problems.add(new InvalidInput.Problem(
                    "confidencePercent",
                    "The confidence level is 90, 95 or 99 %, not " + settings.confidencePercent() + "."));
        }
        validator.check(settings, problems);
        InsightSettings before = repository.read();
        if (!repository.update(settings)) {
            throw new InvalidInput("Someone else changed these settings meanwhile; reload to see theirs.");
        }
        audit.record(
                AdminAudit.Subject.REFERENCE,
                null,
                "Confidence and key drivers",
                "settings changed",
                before.describe(),
                settings.describe());
        return repository.read();
    }
}
