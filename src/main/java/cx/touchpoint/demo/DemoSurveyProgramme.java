package cx.touchpoint.demo;

import cx.touchpoint.demo.DemoSurveyTemplates.Template;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.survey.ContactChoice;
import cx.touchpoint.survey.CustomerLinks;
import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.SurveyLength;
import cx.touchpoint.survey.SurveyPattern;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.survey.SurveyTriggers;
import cx.touchpoint.survey.Tone;
import cx.touchpoint.survey.TouchPointEvent;
import cx.touchpoint.survey.template.SurveyTemplates;
import cx.touchpoint.survey.template.TemplateDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The living survey programme, made through the survey services as the people would: transaction
 * triggers set by the admin; {@code account.exec} preparing the current relationship wave (drafts,
 * drafts shared and awaiting the customer, approved, scheduled, sent and answered or not); touch-point
 * events that sent transaction surveys. Every mail sits in the outbox.
 */
@Component
class DemoSurveyProgramme {

    private static final Pattern RESPOND = Pattern.compile("/respond/([A-Za-z0-9_-]{43})");
    private static final int PREPARED = 16;
    private static final String[] NOTES = {
        "Please skip the security question, our procurement team answers that separately.",
        "A warm tone please; the team had a tough quarter with the delivery delays.",
        "Fine as it is. Maybe send it after our month-end close."
    };

    private final JdbcClient jdbc;
    private final SurveyService surveys;
    private final CustomerLinks links;
    private final SurveyTriggers triggers;
    private final SurveyTemplates templates;

    DemoSurveyProgramme(
            JdbcClient jdbc,
            SurveyService surveys,
            CustomerLinks links,
            SurveyTriggers triggers,
            SurveyTemplates templates) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.links = links;
        this.triggers = triggers;
        this.templates = templates;
    }

    void create(DemoPeople people, Template relationship, List<Template> transactions, DemoRandom random, Instant now) {
        as("admin", () -> {
            transactions.forEach(t -> triggers.configure(t.touchPoint(), t.id()));
            templates.create(portalStudy());
            return null;
        });
        long wave = jdbc.sql(
                        """
                select id from survey_wave where template_id = :t and status = 'OPEN'
                order by opens_on desc limit 1
                """)
                .param("t", relationship.id())
                .query(Long.class)
                .single();
        List<Long> accounts = jdbc.sql(
                        """
                select a.id from account a where a.account_executive_id = :ae
                and a.status = 'ACTIVE' and not exists (select 1 from survey_response r
                where r.account_id = a.id and r.wave_id = :w) and exists (select 1 from contact c
                where c.account_id = a.id and coalesce(contact_eligible_from(c.id, 'PRESENT'), '-infinity')
                <= :now) order by a.name limit :n
                """)
                .param("ae", people.accountExecutives().get(0))
                .param("w", wave)
                .param("now", java.sql.Timestamp.from(now))
                .param("n", PREPARED)
                .query(Long.class)
                .list();
        as("account.exec", () -> {
            for (int i = 0; i < accounts.size(); i++) {
                prepare(i, accounts.get(i), relationship, wave, random, now);
            }
            return null;
        });
        transactionEvents(people, transactions, random);
    }

    private void prepare(int i, long account, Template relationship, long wave, DemoRandom random, Instant now) {
        List<Long> eligible = surveys.contactChoices(account, relationship.id()).stream()
                .filter(c -> c.eligibility().eligible())
                .map(ContactChoice::id)
                .limit(2)
                .toList();
        long id = surveys.prepare(account, relationship.id(), wave, eligible, eligible.get(0));
        if (i < 3) {
            return; // drafts the account executive is still working on
        }
        String link = surveys.share(id);
        if (i < 7) {
            return; // shared, awaiting the customer
        }
        String draft = link.substring(link.lastIndexOf('/') + 1);
        var items =
                relationship.items().stream().map(DemoSurveyTemplates.Item::id).toList();
        var kept = i % 2 == 0 ? items.subList(0, items.size() - 1) : items;
        links.reviewDraft(draft, kept, Tone.values()[i % 3], NOTES[i % NOTES.length], true);
        if (i < 10) {
            return; // approved, ready to send
        }
        if (i == PREPARED - 1) {
            surveys.schedule(id, now.plus(Duration.ofDays(3)));
            return;
        }
        surveys.send(id);
        if (i < 13) {
            for (long contact : eligible) {
                answer(contact, kept, i == 10, random);
            }
        }
    }

    /** The contact answers through the link in their invitation mail; one detractor with a comment. */
    private void answer(long contact, List<Long> items, boolean detractor, DemoRandom random) {
        String body = jdbc.sql(
                        """
                select m.text_body from outbox_mail m join contact c on c.email = m.recipient
                where c.id = :c and m.kind = 'INVITATION' order by m.id desc limit 1
                """)
                .param("c", contact)
                .query(String.class)
                .single();
        var matcher = RESPOND.matcher(body);
        if (!matcher.find()) {
            return;
        }
        var answers = items.stream()
                .map(item -> new NewResponse.Answer(
                        item, random.between(5, 7), detractor ? random.between(2, 3) : random.between(5, 7)))
                .toList();
        links.respond(
                matcher.group(1),
                answers,
                detractor ? 4 : random.between(8, 10),
                detractor ? "Two late deliveries this month; the shipment tracking was wrong both times." : "");
    }

    /** Deliveries and support requests at other executives' accounts sent transaction surveys. */
    private void transactionEvents(DemoPeople people, List<Template> transactions, DemoRandom random) {
        record Contact(long accountId, long contactId) {}
        List<Contact> contacts = jdbc.sql(
                        """
                                select c.account_id, c.id as contact_id from contact c join account a on a.id = c.account_id
                                where a.status = 'ACTIVE' and a.account_executive_id <> :ae order by c.id limit 400
                                """)
                .param("ae", people.accountExecutives().get(0))
                .query(Contact.class)
                .list();
        for (int n = 0; n < 12; n++) {
            Contact c = random.pick(contacts);
            String touchPoint = random.pick(transactions).touchPoint();
            triggers.fire(new TouchPointEvent(c.accountId(), c.contactId(), touchPoint, null));
        }
    }

    /** The targeted study (potential pattern): would customers use a self-service portal? */
    private TemplateDraft portalStudy() {
        long access = jdbc.sql("select id from perception_cue where code = 'access'")
                .query(Long.class)
                .single();
        long competence = jdbc.sql("select id from perception_cue where code = 'competence'")
                .query(Long.class)
                .single();
        return new TemplateDraft(
                "Self-service portal study",
                SurveyPattern.POTENTIAL,
                null,
                "We are considering a self-service portal for orders, invoices and support: " + SurveyLength.QUESTIONS
                        + ", about " + SurveyLength.MINUTES + ".",
                true,
                true,
                List.of(
                        new TemplateDraft.Item(access, null, null, "How easy would ordering online be for your team?"),
                        new TemplateDraft.Item(
                                access, null, null, "How quickly could you find invoices and credit notes?"),
                        new TemplateDraft.Item(
                                competence, null, null, "How well would self-service reports answer your questions?"),
                        new TemplateDraft.Item(
                                competence,
                                null,
                                null,
                                "How confident would you be raising support requests online?")));
    }

    /** Runs the work as the demo user, through the same permission checks as the running app. */
    private <T> T as(String username, Supplier<T> work) {
        var user = jdbc.sql(
                        """
                select id, username, full_name, role, team_id, password_hash from app_user
                where username = :u
                """)
                .param("u", username)
                .query((rs, n) -> new SignedInUser(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Role.valueOf(rs.getString(4)),
                        (Long) rs.getObject(5),
                        rs.getString(6)))
                .single();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
