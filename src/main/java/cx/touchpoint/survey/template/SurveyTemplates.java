package cx.touchpoint.survey.template;

import cx.touchpoint.base.Option;
import cx.touchpoint.base.ReferenceData;
import cx.touchpoint.base.SingleLine;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.AdminAudit.Subject;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.survey.SurveyLength;
import cx.touchpoint.survey.SurveyPattern;
import cx.touchpoint.survey.SurveyRuleException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey templates (issue #8 § 1), for admins: create, edit, reorder, retire. A template already used
 * (answered, sent, prepared or estimated) is never changed in place: saving makes a new version that
 * takes over its name and triggers, and the old one is retired under a dated name, so old answers
 * keep their wording.
 */
@Requires(Permission.ADMINISTER)
@Service
@Transactional
public class SurveyTemplates {

    private final TemplateRepository repository;
    private final ReferenceData reference;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AdminAudit audit;

    SurveyTemplates(
            TemplateRepository repository,
            ReferenceData reference,
            CurrentUser currentUser,
            Clock clock,
            AdminAudit audit) {
        this.audit = audit;
        this.repository = repository;
        this.reference = reference;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every template, active ones first. */
    @Transactional(readOnly = true)
    public List<TemplateSummary> templates() {
        return repository.summaries();
    }

    /** The perception cues and touch points an item may be about. */
    @Transactional(readOnly = true)
    public List<Option> cues() {
        return reference.cues();
    }

    @Transactional(readOnly = true)
    public List<Option> touchPoints() {
        return reference.touchPoints();
    }

    /**
     * The service standards an item may be linked to, by name, each named with its unit; a linked
     * item also asks the customer the value in that unit (gaps 2-5).
     */
    @Transactional(readOnly = true)
    public List<Option> standards() {
        return repository.standards();
    }

    @Transactional(readOnly = true)
    public Optional<TemplateDraft> template(long id) {
        return repository.draft(id);
    }

    /**
     * Creates a template; throws {@link SurveyRuleException} naming every problem (name, touch point
     * of a transaction survey, 1 to {@link TemplateDraft#ITEMS_MAX} questions of 5-300 characters),
     * storing nothing.
     *
     * @return the new template's id
     */
    @Transactional
    public long create(TemplateDraft draft) {
        validate(draft, null);
        long id = repository.insert(draft, null);
        audit.record(Subject.TEMPLATE, id, draft.name(), "template created", null, draft.describe());
        return id;
    }

    /**
     * Saves the admin's changes: in place when no answer, invitation, preparation or estimate uses
     * the template; otherwise as a new version (returned id differs from {@code id}).
     */
    @Transactional
    public long save(long id, TemplateDraft draft) {
        if (repository.draft(id).isEmpty()) {
            throw new SurveyRuleException("Survey template #" + id + " does not exist.");
        }
        validate(draft, id);
        String before = repository.draft(id).map(TemplateDraft::describe).orElse(null);
        if (!repository.used(id)) {
            repository.replaceInPlace(id, draft);
            audit.record(Subject.TEMPLATE, id, draft.name(), "template edited", before, draft.describe());
            return id;
        }
        repository.retireAsVersion(id, clock.instant());
        long next = repository.insert(draft, id);
        repository.moveTriggers(id, next);
        audit.record(Subject.TEMPLATE, next, draft.name(), "template saved as a new version", before, draft.describe());
        return next;
    }

    /** Retires a template: no new surveys use it and its trigger stops; its answers stay. */
    @Transactional
    public void retire(long id) {
        String name = repository.draft(id).map(TemplateDraft::name).orElse("Survey template #" + id);
        repository.retire(id, Timestamp.from(clock.instant()));
        audit.record(Subject.TEMPLATE, id, name, "template retired", null, null);
    }

    private void validate(TemplateDraft d, Long id) {
        List<String> problems = new ArrayList<>();
        if (d.name().length() < 2 || d.name().length() > TemplateDraft.NAME_MAX) {
            problems.add("the name must have 2 to " + TemplateDraft.NAME_MAX + " characters");
        } else if (SingleLine.Check.refuses(d.name())) {
            problems.add("the name " + SingleLine.MESSAGE.replaceAll("\\.$", ""));
        } else if (repository.nameTaken(d.name(), id)) {
            problems.add("another template is called \"" + d.name() + "\"");
        }
        if (d.pattern() == null) {
            problems.add("choose the kind of survey");
        } else if (d.pattern() == SurveyPattern.PAST && d.touchPointId() == null) {
            problems.add("a transaction survey is about one touch point: choose it");
        }
        String count = SurveyLength.literalCount(d.introduction());
        if (!count.isEmpty()) {
            problems.add("the introduction says \"" + count + "\": write " + SurveyLength.QUESTIONS + " or "
                    + SurveyLength.MINUTES + " instead, which are filled with the questions each customer keeps");
        }
        if (d.items().isEmpty() || d.items().size() > TemplateDraft.ITEMS_MAX) {
            problems.add("a survey has 1 to " + TemplateDraft.ITEMS_MAX + " questions");
        }
        for (int i = 0; i < d.items().size(); i++) {
            Long standard = d.items().get(i).standardId();
            if (standard != null && !repository.standardExists(standard)) {
                problems.add("the service standard of question " + (i + 1) + " no longer exists");
            }
            String q = d.items().get(i).question();
            if (q.length() < TemplateDraft.QUESTION_MIN || q.length() > TemplateDraft.QUESTION_MAX) {
                problems.add("question " + (i + 1) + " must have " + TemplateDraft.QUESTION_MIN + " to "
                        + TemplateDraft.QUESTION_MAX + " characters");
            }
        }
        if (!problems.isEmpty()) {
            throw new SurveyRuleException("Not saved: " + String.join("; ", problems) + ".");
        }
    }
}
