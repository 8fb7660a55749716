package cx.touchpoint.survey;

import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey programme's background work: sends scheduled surveys when their time comes (the
 * contact policy is checked again then), sends the one reminder to non-responders after
 * {@code survey_setting.reminder_after_days} (never to a contact who opted out or answered the survey on
 * any channel: SQL {@code mail_refusal}), and expires links past their date.
 */
@Requires(Permission.UNRESTRICTED)
@Service
@Transactional
public class SurveyJobs {

    private final JdbcClient jdbc;
    private final Preparations preparations;
    private final PreparationFlow flow;
    private final Invitations invitations;
    private final SurveyPolicy policy;
    private final SurveySteps steps;
    private final Clock clock;

    SurveyJobs(
            JdbcClient jdbc,
            Preparations preparations,
            PreparationFlow flow,
            Invitations invitations,
            SurveyPolicy policy,
            SurveySteps steps,
            Clock clock) {
        this.jdbc = jdbc;
        this.preparations = preparations;
        this.flow = flow;
        this.invitations = invitations;
        this.policy = policy;
        this.steps = steps;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${touchpoint.surveys.job-delay:PT1M}", initialDelayString = "PT30S")
    void scheduled() {
        runDue();
    }

    /** Sends due scheduled surveys, due reminders, and expires old links; returns what it did. */
    @Transactional
    public String runDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (long id : preparations.dueScheduled(now)) {
            var p = preparations.lock(id).orElseThrow();
            if ("SCHEDULED".equals(p.status())) {
                sent += flow.send(p, SurveySteps.Actor.SYSTEM, now).sent();
            }
        }
        int days = policy.settings().reminderAfterDays();
        List<Long> due = jdbc.sql(
                        """
                                select id from survey_invitation where status = 'SENT' and reminded_at is null
                                and sent_at <= :cut and (expires_at is null or expires_at > :now)
                                and mail_refusal(contact_id, 'REMINDER', id) is null order by sent_at limit 500
                                """)
                .param("cut", Timestamp.from(now.minus(java.time.Duration.ofDays(days))))
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
        int reminded = 0;
        for (long id : due) {
            reminded += invitations.remind(id, now) ? 1 : 0;
        }
        record Expired(long id, long accountId, Long preparationId) {}
        var expired = jdbc.sql(
                        """
                update survey_invitation i set status = 'EXPIRED', version = i.version + 1
                from contact_facts c where c.id = i.contact_id and i.status = 'SENT' and i.expires_at <= :now
                returning i.id, c.account_id, i.preparation_id
                """)
                .param("now", Timestamp.from(now))
                .query(Expired.class)
                .list();
        expired.forEach(e -> steps.record(
                e.accountId(), e.preparationId(), e.id(), SurveyStep.Kind.EXPIRED, SurveySteps.Actor.SYSTEM, now, ""));
        return sent + " sent, " + reminded + " reminded, " + expired.size() + " expired";
    }
}
