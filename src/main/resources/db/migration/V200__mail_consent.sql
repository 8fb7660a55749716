-- Issue 18 A (consent and contact) and issue 19 #4 (customer links in clear in the outbox).

-- ---------------------------------------------------------------- who a mail goes to
-- Every survey mail goes to one contact; the dispatcher checks that contact's consent again at send time.
alter table outbox_mail add column contact_id bigint references contact (id);
update outbox_mail m set contact_id = i.contact_id
  from survey_invitation i where i.id = m.invitation_id;
update outbox_mail m set contact_id = p.reviewer_id
  from survey_preparation p where m.contact_id is null and m.kind = 'DRAFT' and p.id = m.preparation_id;
alter table outbox_mail alter column contact_id set not null;
create index outbox_mail_contact_idx on outbox_mail (contact_id) where status in ('HELD', 'PENDING');

-- ---------------------------------------------------------------- one-click unsubscribe (RFC 8058)
-- Each mail carries its own unsubscribe link: it only opts its contact out (it cannot answer a survey), it
-- does not expire, and only its SHA-256 hash is stored.
create table unsubscribe_link (
    token_hash     text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    contact_id     bigint      not null references contact (id) on delete cascade,
    invitation_id  bigint references survey_invitation (id) on delete cascade,
    preparation_id bigint references survey_preparation (id) on delete cascade,
    created_at     timestamptz not null
);
create index unsubscribe_link_contact_idx on unsubscribe_link (contact_id);

-- The List-Unsubscribe URL of a mail, kept only until the mail is handed to SMTP (the header needs it).
alter table outbox_mail add column unsubscribe_url text;

-- A mail the consent rule stopped: never sent, with the reason a person reads in the outbox.
alter table outbox_mail add column suppressed_reason text check (length(suppressed_reason) between 1 and 500);
alter table outbox_mail drop constraint outbox_mail_status_check;
alter table outbox_mail add constraint outbox_mail_status_check
    check (status in ('HELD', 'PENDING', 'SENT', 'FAILED', 'SUPPRESSED'));
alter table outbox_mail add constraint outbox_mail_suppressed_has_reason
    check ((status = 'SUPPRESSED') = (suppressed_reason is not null));

-- ---------------------------------------------------------------- no working link left behind
-- A mail's body with every customer link (answer, draft review, unsubscribe) replaced by a marker. The one
-- definition of what a link looks like in a stored body: the dispatcher calls it once a mail has left (sent,
-- failed for good, or suppressed), the outbox view for readers who may not see a held mail's links.
create function mail_without_links(body text) returns text
    language sql immutable as $$
    select regexp_replace(body, 'https?://[^\s"''<>]*/(respond|draft|unsubscribe)/[A-Za-z0-9_-]{43}',
                          '[link removed]', 'g')
$$;

-- Only a held or pending mail may still carry the token of its List-Unsubscribe URL.
update outbox_mail set text_body = mail_without_links(text_body), html_body = mail_without_links(html_body)
 where status in ('SENT', 'FAILED');
alter table outbox_mail add constraint outbox_mail_unsubscribe_url_until_sent
    check (status in ('HELD', 'PENDING') or unsubscribe_url is null);

-- ---------------------------------------------------------------- the consent rule, once
-- When the contact answered the survey of this invitation: through its own links, or on any channel (API,
-- import, another invitation) a response of the same contact to the same template given after it was sent.
-- Null = not answered.
create function invitation_answered_at(p_invitation bigint) returns timestamptz
    language sql stable as $$
    select least(
        (select r.responded_at from survey_response r where r.invitation_id = p_invitation),
        (select min(r.responded_at)
           from survey_invitation i
           join survey_response r on r.contact_id = i.contact_id and r.template_id = i.template_id
                                 and r.responded_at >= i.sent_at
          where i.id = p_invitation))
$$;
create index survey_response_contact_template_idx on survey_response (contact_id, template_id, responded_at);

-- Why a mail of this kind ('INVITATION', 'REMINDER', 'DRAFT') must not go to the contact, in words the
-- outbox shows; null = it may go. Called when a mail is queued and again when it is dispatched:
-- an opted-out contact gets nothing more, an answered invitation no reminder. Days in the company zone
-- (every connection sets it).
create function mail_refusal(p_contact bigint, p_kind text, p_invitation bigint) returns text
    language sql stable as $$
    select case
        when c.opted_out_at is not null
            then 'opted out of surveys on ' || to_char(c.opted_out_at, 'YYYY-MM-DD')
        when p_kind = 'REMINDER' and invitation_answered_at(p_invitation) is not null
            then 'already answered this survey on ' || to_char(invitation_answered_at(p_invitation), 'YYYY-MM-DD')
        end
      from contact c where c.id = p_contact
$$;
