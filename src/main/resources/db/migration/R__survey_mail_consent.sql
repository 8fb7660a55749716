-- Mail consent, once: what a link looks like in a stored mail, whether an invitation was answered, and
-- why a mail must not go.
-- A repeatable migration (STYLE 23): the current definition of each object below, in one place.
-- Flyway runs it after the versioned migrations, and again whenever this file changes; change the
-- objects here, never in a new V file.

-- A mail's body with every customer link (answer, draft review, unsubscribe) replaced by a marker. The one
-- definition of what a link looks like in a stored body: the dispatcher calls it once a mail has left (sent,
-- failed for good, or suppressed), the outbox view for readers who may not see a held mail's links.
create or replace function mail_without_links(body text) returns text
    language sql immutable as $$
    select regexp_replace(body, 'https?://[^\s"''<>]*/(respond|draft|unsubscribe)/[A-Za-z0-9_-]{43}',
                          '[link removed]', 'g')
$$;

-- When the contact answered the survey of this invitation: through its own links, or on any channel (API,
-- import, another invitation) a response of the same contact to the same template given after it was sent.
-- Null = not answered.
create or replace function invitation_answered_at(p_invitation bigint) returns timestamptz
    language sql stable as $$
    select least(
        (select r.responded_at from survey_response r where r.invitation_id = p_invitation),
        (select min(r.responded_at)
           from survey_invitation i
           join survey_response r on r.contact_id = i.contact_id and r.template_id = i.template_id
                                 and r.responded_at >= i.sent_at
          where i.id = p_invitation))
$$;

-- Why a mail of this kind ('INVITATION', 'REMINDER', 'DRAFT') must not go to the contact, in words the
-- outbox shows; null = it may go. Called when a mail is queued and again when it is dispatched:
-- an opted-out contact gets nothing more, an answered invitation no reminder. Days in the company zone
-- (every connection sets it).
create or replace function mail_refusal(p_contact bigint, p_kind text, p_invitation bigint) returns text
    language sql stable as $$
    select case
        when c.opted_out_at is not null
            then 'opted out of surveys on ' || to_char(c.opted_out_at, 'YYYY-MM-DD')
        when p_kind = 'REMINDER' and invitation_answered_at(p_invitation) is not null
            then 'already answered this survey on ' || to_char(invitation_answered_at(p_invitation), 'YYYY-MM-DD')
        end
      from contact c where c.id = p_contact
$$;
