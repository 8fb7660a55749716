package cx.touchpoint.survey;

import cx.touchpoint.base.Dates;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contact policy (DOMAIN.md § Contact policy, issue #8 § 3), enforced when an invitation is
 * created: the pattern's quiet period per contact (SQL {@code contact_eligible_from}, counted across
 * all surveys and channels), consent (SQL {@code mail_refusal}: opted out), and the account-level cap per
 * 30 days (SQL {@code account_invitations_30d}).
 */
@Component
class SurveyPolicy {

    static final Duration CAP_WINDOW = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock clock;

    SurveyPolicy(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the contact may get a survey of this pattern at {@code now}. */
    Eligibility check(long contactId, SurveyPattern pattern, Instant now) {
        record Row(String refusal, Instant quietUntil, long recent, Instant oldestRecent, int cap) {}
        Row row = jdbc.sql(
                        """
                select mail_refusal(c.id, 'INVITATION', null) as refusal, contact_quiet_until(c.id, :p) as quiet_until,
                account_invitations_30d(c.account_id, :now) as recent,
                (select min(i.sent_at) from survey_invitation i join contact o on o.id = i.contact_id
                where o.account_id = c.account_id and i.sent_at > cast(:now as timestamptz) - interval '30 days'
                and i.sent_at <= :now) as oldest_recent,
                (select account_cap_30_days from survey_setting) as cap
                from contact c where c.id = :c
                """)
                .param("p", pattern.name())
                .param("now", Timestamp.from(now))
                .param("c", contactId)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new SurveyRuleException("Contact #" + contactId + " does not exist."));
        if (row.refusal() != null) {
            return new Eligibility(false, row.refusal(), null);
        }
        if (row.quietUntil() != null && row.quietUntil().isAfter(now)) {
            return new Eligibility(
                    false,
                    "surveyed recently; the " + pattern.label().toLowerCase() + " quiet period ends on "
                            + Dates.day(row.quietUntil()),
                    row.quietUntil());
        }
        if (row.recent() >= row.cap()) {
            Instant free = row.oldestRecent().plus(CAP_WINDOW);
            return new Eligibility(
                    false,
                    "the account already had " + row.recent() + " invitations in 30 days (at most " + row.cap()
                            + "); the next is possible on " + Dates.day(free),
                    free);
        }
        return Eligibility.NOW;
    }

    Eligibility check(long contactId, SurveyPattern pattern) {
        return check(contactId, pattern, clock.instant());
    }

    SurveySettings settings() {
        Map<SurveyPattern, Integer> quiet = new EnumMap<>(SurveyPattern.class);
        jdbc.sql("select pattern, quiet_days from contact_policy")
                .query((rs, n) -> quiet.put(SurveyPattern.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return jdbc.sql("select account_cap_30_days, reminder_after_days, link_valid_days, version from survey_setting")
                .query((rs, n) -> new SurveySettings(quiet, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }

    void update(SurveySettings s) {
        var problems = new java.util.ArrayList<String>();
        for (SurveyPattern pattern : SurveyPattern.values()) {
            Integer days = s.quietDays().get(pattern);
            if (days == null || days < 0 || days > SurveySettings.QUIET_DAYS_MAX) {
                problems.add("the " + pattern.label().toLowerCase() + " quiet period must be 0 to "
                        + SurveySettings.QUIET_DAYS_MAX + " days");
            }
        }
        range(problems, "the account cap", s.accountCap(), 1, SurveySettings.ACCOUNT_CAP_MAX);
        range(problems, "the reminder delay", s.reminderAfterDays(), 1, SurveySettings.REMINDER_DAYS_MAX);
        range(problems, "the link validity", s.linkValidDays(), 1, SurveySettings.LINK_DAYS_MAX);
        if (!problems.isEmpty()) {
            throw new SurveyRuleException("Not saved: " + String.join("; ", problems) + ".");
        }
        int changed = jdbc.sql(
                        """
                update survey_setting set account_cap_30_days = :cap, reminder_after_days = :r,
                link_valid_days = :l, version = version + 1 where version = :v
                """)
                .param("cap", s.accountCap())
                .param("r", s.reminderAfterDays())
                .param("l", s.linkValidDays())
                .param("v", s.version())
                .update();
        if (changed == 0) {
            throw new SurveyRuleException("Someone changed the settings meanwhile. Reload to see their change.");
        }
        s.quietDays()
                .forEach((pattern, days) -> jdbc.sql("update contact_policy set quiet_days = :d where pattern = :p")
                        .param("d", days)
                        .param("p", pattern.name())
                        .update());
    }

    private static void range(java.util.List<String> problems, String what, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(what + " must be " + min + " to " + max + ", was " + value);
        }
    }

    java.time.ZoneId zone() {
        return clock.getZone();
    }
}
