package cx.touchpoint.survey;

import cx.touchpoint.base.InputValidator;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.Option;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transaction triggers (issue #8 § 1): after a touch-point event, the touch point's transaction
 * (PAST) template is sent to the contact automatically, if the contact policy allows it. The REST
 * endpoint {@code POST /events} and the demo call {@link #fire}.
 */
@Requires(Permission.ADMINISTER)
@Service
@Transactional
public class SurveyTriggers {

    /**
     * A trigger as the admin lists it.
     *
     * @param enabled switched on by the admin
     * @param templateActive false once its template was retired (then it sends nothing)
     */
    public record Trigger(long id, String touchPoint, String template, boolean enabled, boolean templateActive) {

        /** Whether the touch point sends the survey now. */
        public boolean sends() {
            return enabled && templateActive;
        }
    }

    private final JdbcClient jdbc;
    private final TriggerRepository repository;
    private final InputValidator validator;
    private final Invitations invitations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AdminAudit audit;

    SurveyTriggers(
            JdbcClient jdbc,
            TriggerRepository repository,
            InputValidator validator,
            Invitations invitations,
            CurrentUser currentUser,
            Clock clock,
            AdminAudit audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.repository = repository;
        this.validator = validator;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Fires the trigger of the event's touch point: when an enabled trigger names a transaction
     * template for it and the contact is eligible under the contact policy (quiet period of transaction
     * surveys, opt-out, account cap), one invitation with a one-time link is created and mailed through
     * the outbox (subject and text in the neutral tone, the account executive as sender). Idempotent
     * per call, not per event: calling twice for one event is stopped by the quiet period.
     *
     * @param event the account, its contact, the touch point's code and the time (null = now)
     * @return the invitation sent, or why none was (no trigger, not eligible)
     * @throws SurveyRuleException when the account, contact or touch point does not exist or the
     *     contact is not the account's; nothing is stored then
     */
    @Transactional
    @Requires(Permission.UNRESTRICTED)
    public TriggerOutcome fire(TouchPointEvent event) {
        Long touchPoint = jdbc.sql("select id from touch_point where code = :c")
                .param("c", event.touchPointCode())
                .query(Long.class)
                .optional()
                .orElseThrow(
                        () -> new SurveyRuleException("Touch point '" + event.touchPointCode() + "' does not exist."));
        boolean contactOfAccount = jdbc.sql("select exists (select 1 from contact where id = :c and account_id = :a)")
                .param("c", event.contactId())
                .param("a", event.accountId())
                .query(Boolean.class)
                .single();
        if (!contactOfAccount) {
            throw new SurveyRuleException(
                    "Contact #" + event.contactId() + " is not a contact of account #" + event.accountId() + ".");
        }
        record T(long id, String name) {}
        var template = jdbc.sql(
                        """
                                select t.id, t.name from survey_trigger g join survey_template t on t.id = g.template_id
                                where g.touch_point_id = :tp and g.enabled and t.active and t.retired_at is null
                                """)
                .param("tp", touchPoint)
                .query(T.class)
                .optional();
        if (template.isEmpty()) {
            return new TriggerOutcome(null, "", "no transaction survey is triggered by " + event.touchPointCode());
        }
        Instant at = event.occurredAt() != null ? event.occurredAt() : clock.instant();
        var outcome = invitations.invite(
                new Invitations.Request(
                        template.get().id(),
                        null,
                        null,
                        touchPoint,
                        event.contactId(),
                        Tone.NEUTRAL,
                        SurveySteps.Actor.SYSTEM,
                        null),
                at);
        return new TriggerOutcome(
                outcome.invitationId(), template.get().name(), outcome.sent() ? "" : outcome.skippedBecause());
    }

    /**
     * Admins: the touch point sends this transaction template automatically from now on (replacing
     * its earlier trigger). Throws {@link SurveyRuleException} for an unknown touch point or a
     * template that is not an active transaction survey.
     */
    @Transactional
    public void configure(String touchPointCode, long templateId) {
        Long touchPoint = jdbc.sql("select id from touch_point where code = :c")
                .param("c", touchPointCode)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new SurveyRuleException("Touch point '" + touchPointCode + "' does not exist."));
        boolean transaction = jdbc.sql(
                        """
                select exists (select 1 from survey_template where id = :t and pattern = 'PAST'
                and active and retired_at is null)
                """)
                .param("t", templateId)
                .query(Boolean.class)
                .single();
        if (!transaction) {
            throw new SurveyRuleException("Only an active transaction survey can be triggered by a touch point.");
        }
        jdbc.sql(
                        """
                                insert into survey_trigger (touch_point_id, template_id) values (:tp, :t) on conflict (touch_point_id)
                                do update set template_id = excluded.template_id, enabled = true,
                                version = survey_trigger.version + 1
                                """)
                .param("tp", touchPoint)
                .param("t", templateId)
                .update();
    }

    /** The configured triggers, by touch point name. */
    @Transactional(readOnly = true)
    public List<Trigger> triggers() {
        return repository.all();
    }

    /** The surveys a trigger may send: active transaction templates, by name. */
    @Transactional(readOnly = true)
    public List<Option> transactionTemplates() {
        return repository.activeTransactionTemplates();
    }

    /**
     * Admins: after the touch point, the transaction survey is sent automatically from now on
     * (switched on). A touch point has at most one trigger; the survey must be an active
     * transaction template about the same touch point.
     *
     * @return the new trigger's id
     * @throws InvalidInput naming each problem with its field ({@code touchPointId}, {@code
     *     templateId}); nothing is stored then
     */
    @Transactional
    public long add(TriggerInput input) {
        validator.check(input);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (!repository.touchPointExists(input.touchPointId())) {
            problems.add(new InvalidInput.Problem("touchPointId", "This touch point no longer exists."));
        } else {
            repository
                    .triggeredTemplate(input.touchPointId())
                    .ifPresent(sent -> problems.add(new InvalidInput.Problem(
                            "touchPointId",
                            "This touch point already sends \"" + sent + "\". Remove that trigger first.")));
        }
        var template = repository.template(input.templateId());
        if (template.isEmpty() || !template.get().active()) {
            problems.add(new InvalidInput.Problem("templateId", "Choose an active transaction survey."));
        } else if (!input.touchPointId().equals(template.get().touchPointId())) {
            problems.add(new InvalidInput.Problem(
                    "templateId", "\"" + template.get().name() + "\" asks about another touch point."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = repository.insert(input.touchPointId(), input.templateId());
        audit(id, "trigger added", null);
        return id;
    }

    /** Writes the trigger's change to the audit log, named by its touch point, with what it sends now. */
    private void audit(long id, String action, String before) {
        repository.all().stream()
                .filter(trigger -> trigger.id() == id)
                .findFirst()
                .ifPresent(t -> audit.record(
                        AdminAudit.Subject.TEMPLATE,
                        id,
                        "Trigger at " + t.touchPoint(),
                        action,
                        before,
                        action.equals("trigger removed") ? null : describe(t)));
    }

    private String described(long id) {
        return repository.all().stream()
                .filter(trigger -> trigger.id() == id)
                .findFirst()
                .map(SurveyTriggers::describe)
                .orElse(null);
    }

    private static String describe(Trigger trigger) {
        return "sends \"" + trigger.template() + "\" · " + (trigger.enabled() ? "on" : "off");
    }

    /**
     * Admins: switches a trigger on or off; an off trigger sends nothing, its configuration stays.
     *
     * @throws SurveyRuleException when the trigger no longer exists
     */
    @Transactional
    public void enable(long id, boolean enabled) {
        String before = described(id);
        if (repository.setEnabled(id, enabled) == 0) {
            throw new SurveyRuleException("This trigger no longer exists.");
        }
        audit(id, enabled ? "trigger switched on" : "trigger switched off", before);
    }

    /**
     * Admins: removes a trigger; invitations it sent stay.
     *
     * @throws SurveyRuleException when the trigger no longer exists
     */
    @Transactional
    public void remove(long id) {
        String before = described(id);
        String touchPoint = repository.all().stream()
                .filter(trigger -> trigger.id() == id)
                .map(Trigger::touchPoint)
                .findFirst()
                .orElse("a touch point");
        if (repository.delete(id) == 0) {
            throw new SurveyRuleException("This trigger no longer exists.");
        }
        audit.record(AdminAudit.Subject.TEMPLATE, id, "Trigger at " + touchPoint, "trigger removed", before, null);
    }
}
