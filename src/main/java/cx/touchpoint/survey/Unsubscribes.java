package cx.touchpoint.survey;

import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.survey.mail.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opting out through the unsubscribe link in a survey mail ({@code /unsubscribe/<token>}): the page a
 * person opens (GET, changes nothing, so link scanners unsubscribe nobody) and the opt-out itself (POST
 * from the page's button, or RFC 8058 one-click from the mailbox provider). The token is the mail's own
 * unsubscribe token, or for mails sent before those existed the invitation's answer token; it is looked
 * up only by its SHA-256 hash and authenticates the request, so no sign-in and no CSRF token are needed.
 */
@Requires(Permission.UNRESTRICTED)
@Service
@Transactional
public class Unsubscribes {

    /** What an unsubscribe link leads to. */
    public enum State {
        /** A known link of a contact who still receives survey mail. */
        SUBSCRIBED,
        /** A known link of a contact who has opted out (now or before). */
        UNSUBSCRIBED,
        /** No such link; says nothing about any contact. */
        UNKNOWN
    }

    private record Link(
            long contactId,
            long accountId,
            Long invitationId,
            Long preparationId,
            String contact,
            Instant optedOutAt) {}

    private final JdbcClient jdbc;
    private final ContactSurveyState contacts;
    private final SurveySteps steps;
    private final Outbox outbox;
    private final Clock clock;

    Unsubscribes(JdbcClient jdbc, ContactSurveyState contacts, SurveySteps steps, Outbox outbox, Clock clock) {
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.steps = steps;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The state of the link's contact, for the confirming page; changes nothing. */
    @Transactional(readOnly = true)
    public State state(String token) {
        return link(token, false)
                .map(l -> l.optedOutAt() == null ? State.SUBSCRIBED : State.UNSUBSCRIBED)
                .orElse(State.UNKNOWN);
    }

    /**
     * Opts the link's contact out of every survey mail from now on: no invitation, reminder or draft is
     * queued for them again, and their held or pending mails are suppressed. Idempotent; the step is recorded
     * in the account's survey history once.
     *
     * @return {@link State#UNSUBSCRIBED} for a known link (also when it was done before), else UNKNOWN
     */
    @Transactional
    public State unsubscribe(String token) {
        var found = link(token, true);
        if (found.isEmpty()) {
            return State.UNKNOWN;
        }
        var l = found.get();
        Instant now = clock.instant();
        if (contacts.optedOut(l.contactId(), now)) {
            steps.record(
                    l.accountId(),
                    l.preparationId(),
                    l.invitationId(),
                    SurveyStep.Kind.OPTED_OUT,
                    SurveySteps.Actor.contact(l.contactId()),
                    now,
                    l.contact());
        }
        outbox.suppressRefused(l.contactId());
        return State.UNSUBSCRIBED;
    }

    private Optional<Link> link(String token, boolean lock) {
        if (!LinkToken.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql(
                        """
                select c.id as contact_id, c.account_id, u.invitation_id, u.preparation_id, c.full_name as contact,
                c.opted_out_at from (
                  select contact_id, invitation_id, preparation_id from unsubscribe_link where token_hash = :h
                  union all
                  select contact_id, id, preparation_id from survey_invitation
                  where token_hash = :h or reminder_token_hash = :h
                ) u join contact_facts c on c.id = u.contact_id limit 1
                """
                                + (lock ? " for update of c" : ""))
                .param("h", LinkToken.hash(token))
                .query(Link.class)
                .optional();
    }
}
