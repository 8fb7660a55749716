package cx.touchpoint.survey;

import cx.touchpoint.base.Dates;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.PermissionPolicy;
import cx.touchpoint.security.Requires;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.survey.PreparationDetail.Status;
import cx.touchpoint.survey.mail.Outbox;
import cx.touchpoint.survey.mail.OutboxMail;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account executive's survey work (issue #8 § 2): readiness of their own book, preparing a
 * relationship survey or targeted study, sharing the draft with the customer, adjusting, sending now
 * or on a date, and the outbox. Account executives act only on their own book; admins on every
 * account. Every step is recorded in {@code survey_step}.
 */
@Requires(Permission.PREPARE_SURVEYS)
@Service
@Transactional
public class SurveyService {

    /** How many steps of an account the account page lists. */
    public static final int STEPS_SHOWN = 50;

    private final Preparations preparations;
    private final WaveQueries waves;
    private final ReadinessQueries readiness;
    private final PreparationFlow flow;
    private final SurveySteps steps;
    private final SurveyPolicy policy;
    private final Outbox outbox;
    private final CurrentUser currentUser;
    private final PermissionPolicy permissions;
    private final Clock clock;
    private final AdminAudit audit;

    SurveyService(
            Preparations preparations,
            WaveQueries waves,
            ReadinessQueries readiness,
            PreparationFlow flow,
            SurveySteps steps,
            SurveyPolicy policy,
            Outbox outbox,
            CurrentUser currentUser,
            PermissionPolicy permissions,
            Clock clock,
            AdminAudit audit) {
        this.audit = audit;
        this.preparations = preparations;
        this.waves = waves;
        this.readiness = readiness;
        this.flow = flow;
        this.steps = steps;
        this.policy = policy;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The signed-in user's accounts (an account executive's own book) with their survey readiness. */
    @Transactional(readOnly = true)
    public List<Readiness> readiness(String search, ReadinessSort sort, boolean ascending, int offset, int limit) {
        return readiness.page(currentUser.ownBook(), search, clock.instant(), sort.sql(), ascending, offset, limit);
    }

    @Transactional(readOnly = true)
    public int readinessCount(String search) {
        return readiness.count(currentUser.ownBook(), search);
    }

    /** Templates and waves to prepare a survey for the account; empty when it is not the user's account. */
    @Transactional(readOnly = true)
    public Optional<PrepareOptions> prepareOptions(long accountId) {
        return flow.account(accountId)
                .filter(a -> mayPrepareFor(a.accountExecutiveId()))
                .map(a -> new PrepareOptions(
                        accountId, a.name(), preparations.templates(true), preparations.openWaves(clock.instant())));
    }

    /** The account's contacts with the contact policy's verdict for the template's pattern now. */
    @Transactional(readOnly = true)
    public List<ContactChoice> contactChoices(long accountId, long templateId) {
        var account = flow.account(accountId).orElseThrow(() -> new SurveyRuleException("No such account."));
        requirePreparer(account.accountExecutiveId());
        SurveyPattern pattern = flow.pattern(templateId);
        return flow.contacts(accountId).stream()
                .map(c -> new ContactChoice(c.id(), c.name(), c.email(), policy.check(c.id(), pattern)))
                .toList();
    }

    /**
     * Prepares a relationship survey or targeted study for one account: the template's items all
     * kept, the chosen contacts as recipients, {@code reviewerId} the contact who reviews the draft.
     * Throws {@link SurveyRuleException} naming every problem (a contact not eligible now under the
     * contact policy, a contact of another account, a retired template, a second survey in a wave)
     * and stores nothing; {@link AccessDeniedException} for another executive's account.
     *
     * @return the new preparation's id
     */
    @Transactional
    public long prepare(long accountId, long templateId, Long waveId, List<Long> contactIds, long reviewerId) {
        var account = flow.account(accountId).orElseThrow(() -> new SurveyRuleException("No such account."));
        SignedInUser user = requirePreparer(account.accountExecutiveId());
        List<String> problems = new ArrayList<>(flow.templateProblems(templateId, waveId));
        var contacts = new HashSet<>(contactIds);
        if (contacts.isEmpty()) {
            problems.add("choose at least one contact");
        }
        if (!contacts.contains(reviewerId)) {
            problems.add("the contact who reviews the draft must be one of the recipients");
        }
        Map<Long, String> names =
                flow.contacts(accountId).stream().collect(Collectors.toMap(ContactRow::id, ContactRow::name));
        SurveyPattern pattern = problems.isEmpty() ? flow.pattern(templateId) : null;
        for (long contact : contacts) {
            if (!names.containsKey(contact)) {
                problems.add("contact #" + contact + " is not a contact of " + account.name());
            } else if (pattern != null) {
                Eligibility e = policy.check(contact, pattern);
                if (!e.eligible()) {
                    problems.add(names.get(contact) + " is not eligible: " + e.reason());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SurveyRuleException("The survey was not prepared: " + String.join("; ", problems) + ".");
        }
        Instant now = clock.instant();
        long id;
        try {
            id = preparations.insert(accountId, templateId, waveId, user.id(), reviewerId, now);
        } catch (DuplicateKeyException e) {
            throw new SurveyRuleException(account.name() + " already has a survey in this wave.");
        }
        contacts.stream().sorted().forEach(c -> preparations.addRecipient(id, c));
        steps.record(
                accountId,
                id,
                null,
                SurveyStep.Kind.CREATED,
                SurveySteps.Actor.user(user.id()),
                now,
                contacts.size() + " recipient(s)");
        return id;
    }

    /** The preparation as its account executive works on it; empty when it is not theirs. */
    @Transactional(readOnly = true)
    public Optional<PreparationDetail> preparation(long id) {
        return preparations
                .find(id)
                .filter(p -> mayPrepareFor(p.accountExecutiveId()))
                .map(flow::detail);
    }

    /**
     * Shares the draft with the reviewing contact: a new no-login link (256 random bits, only its
     * hash stored; an earlier link stops working) mailed to them through the outbox.
     *
     * @return the link, to show to the account executive once
     */
    @Transactional
    public String share(long id) {
        var p = lockOpen(id);
        return flow.share(p, SurveySteps.Actor.user(currentUser.require().id()));
    }

    /**
     * The account executive adjusts the draft after the customer's feedback: which items are asked
     * (at least one) and the tone. {@code version} is the version the user saw; a concurrent change
     * fails with {@link SurveyRuleException} instead of being overwritten.
     */
    @Transactional
    public void adjust(long id, List<Long> keptItemIds, Tone tone, int version) {
        var p = lockOpen(id);
        if (p.version() != version) {
            throw new SurveyRuleException("The survey was changed meanwhile (the customer may have answered the draft)."
                    + " Reload to see the change.");
        }
        flow.keep(p, keptItemIds);
        preparations.update(id, p.status(), tone.name(), p.customerNote(), p.scheduledFor(), null);
    }

    /**
     * Sends the survey now: one invitation per recipient whom the contact policy allows at this
     * moment (the others are listed with the reason), each mailed through the outbox.
     */
    @Transactional
    public SendResult send(long id) {
        var p = lockOpen(id);
        return flow.send(p, SurveySteps.Actor.user(currentUser.require().id()), clock.instant());
    }

    /** Schedules sending for {@code at} (in the future); the policy is checked again then. */
    @Transactional
    public void schedule(long id, Instant at) {
        var p = lockOpen(id);
        if (!at.isAfter(clock.instant())) {
            throw new SurveyRuleException("Choose a time in the future, or send now.");
        }
        preparations.update(id, Status.SCHEDULED.name(), p.tone(), p.customerNote(), at, null);
        steps.record(
                p.accountId(),
                id,
                null,
                SurveyStep.Kind.SCHEDULED,
                SurveySteps.Actor.user(currentUser.require().id()),
                clock.instant(),
                "for " + Dates.dayTime(at));
    }

    /** Cancels a survey that has not been sent; its draft link stops working. */
    @Transactional
    public void cancel(long id) {
        var p = lockOpen(id);
        preparations.update(id, Status.CANCELLED.name(), p.tone(), p.customerNote(), null, null);
        steps.record(
                p.accountId(),
                id,
                null,
                SurveyStep.Kind.CANCELLED,
                SurveySteps.Actor.user(currentUser.require().id()),
                clock.instant(),
                "");
    }

    /** Every survey step of the account, newest first (at most {@link #STEPS_SHOWN}). */
    @Transactional(readOnly = true)
    @Requires(Permission.READ_ACCOUNTS)
    public List<SurveyStep> steps(long accountId) {
        var account = flow.account(accountId);
        if (account.isEmpty() || !currentUser.seesBookOf(account.get().accountExecutiveId())) {
            return List.of();
        }
        return steps.list(accountId, null, STEPS_SHOWN);
    }

    /**
     * The outbox, newest first: admins see every mail, account executives those of their own book. A held
     * mail's working links are in its body only for those who may see them ({@link
     * Permission#SEE_HELD_MAIL_LINKS}: admins); everyone else, and every mail that is no longer held, shows
     * the marker "[link removed]" instead.
     */
    @Transactional(readOnly = true)
    public List<OutboxMail> outbox(int offset, int limit) {
        return outbox.page(currentUser.ownBook(), heldMailLinksShown(), offset, limit);
    }

    /** Whether the signed-in person sees the working links of held mails in the outbox (admins). */
    @Transactional(readOnly = true)
    public boolean heldMailLinksShown() {
        return permissions.may(Permission.SEE_HELD_MAIL_LINKS);
    }

    @Transactional(readOnly = true)
    public long outboxCount() {
        return outbox.count(currentUser.ownBook());
    }

    /** Every wave, newest first. */
    @Transactional(readOnly = true)
    public List<cx.touchpoint.base.Option> waves() {
        return waves.waves();
    }

    /**
     * The wave's progress per account (an account executive's own book; admins all): invited,
     * responded, response rate and who has not answered yet.
     */
    @Transactional(readOnly = true)
    public List<WaveProgress> waveProgress(long waveId) {
        return waves.progress(waveId, currentUser.ownBook());
    }

    /** The wave's surveys the customer approved and that wait to be sent, of the user's book. */
    @Transactional(readOnly = true)
    public List<Long> approvedInWave(long waveId) {
        return waves.readyToSend(waveId, currentUser.ownBook());
    }

    /** The contact policy and programme settings. */
    @Transactional(readOnly = true)
    @Requires(Permission.ADMINISTER)
    public SurveySettings settings() {
        return policy.settings();
    }

    /**
     * Admins: changes the quiet days per pattern (0-730), the account cap per 30 days (1-100), the
     * reminder delay (1-60 days) and how long links stay valid (1-365 days). A concurrent change (the
     * version differs) fails with {@link SurveyRuleException}; out-of-range values too, storing nothing.
     */
    @Transactional
    @Requires(Permission.ADMINISTER)
    public void updateSettings(SurveySettings settings) {
        SurveySettings before = policy.settings();
        policy.update(settings);
        audit.record(
                AdminAudit.Subject.SETTINGS,
                null,
                "Contact policy",
                "policy changed",
                before.describe(),
                policy.settings().describe());
    }

    private Preparations.Row lockOpen(long id) {
        var p = preparations.lock(id).orElseThrow(() -> new SurveyRuleException("No such survey."));
        requirePreparer(p.accountExecutiveId());
        if (!Status.valueOf(p.status()).open()) {
            throw new SurveyRuleException("This survey is "
                    + Status.valueOf(p.status()).label().toLowerCase() + " and can no longer be changed.");
        }
        return p;
    }

    /** The signed-in preparer, when the account executive's book is theirs to survey; else refused. */
    private SignedInUser requirePreparer(long accountExecutiveId) {
        if (!mayPrepareFor(accountExecutiveId)) {
            throw new AccessDeniedException("Only the account's own account executive may prepare its surveys.");
        }
        return currentUser.require();
    }

    private boolean mayPrepareFor(long accountExecutiveId) {
        return permissions.mayPrepareSurveysFor(accountExecutiveId);
    }
}
