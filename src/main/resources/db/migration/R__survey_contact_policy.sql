-- The survey contact policy, once: quiet periods, eligibility and the account cap.
-- A repeatable migration (STYLE 23): the current definition of each object below, in one place.
-- Flyway runs it after the versioned migrations, and again whenever this file changes; change the
-- objects here, never in a new V file.

-- When a contact's quiet period for surveys of this pattern ends: the last survey of the pattern
-- (invitation sent or response given, on any channel; without either, the contact's last-surveyed
-- date) plus the pattern's quiet days. Null = never surveyed. Opt-out and the account cap are
-- separate rules (SurveyPolicy in cx.touchpoint.survey).
create or replace function contact_quiet_until(p_contact bigint, p_pattern text) returns timestamptz
    language sql stable as $$
    select coalesce(greatest(
                (select max(r.responded_at) from survey_response r
                  where r.contact_id = p_contact and r.pattern = p_pattern),
                (select max(i.sent_at) from survey_invitation i join survey_template t on t.id = i.template_id
                  where i.contact_id = p_contact and t.pattern = p_pattern)),
            (select c.last_surveyed_at from contact c where c.id = p_contact))
        + make_interval(days => coalesce((select quiet_days from contact_policy where pattern = p_pattern), 0))
$$;

-- When the contact may next get a survey of this pattern: never ('infinity') once opted out,
-- else the end of the quiet period (null = never surveyed, eligible now).
create or replace function contact_eligible_from(p_contact bigint, p_pattern text) returns timestamptz
    language sql stable as $$
    select case when c.opted_out_at is not null then 'infinity'::timestamptz
                else contact_quiet_until(c.id, p_pattern) end
      from contact c where c.id = p_contact
$$;

-- The account-level cap counts invitations sent to any of the account's contacts in the 30 days
-- before p_now; survey_setting.account_cap_30_days is the most allowed.
create or replace function account_invitations_30d(p_account bigint, p_now timestamptz) returns bigint
    language sql stable as $$
    select count(*) from survey_invitation i join contact c on c.id = i.contact_id
     where c.account_id = p_account and i.sent_at > p_now - interval '30 days' and i.sent_at <= p_now
$$;
