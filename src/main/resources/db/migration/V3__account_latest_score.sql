-- The summary experience score of an account: the mean experienced score (1-7) over the items
-- of its latest relationship (PRESENT) survey response. One definition, used by every figure.
create view account_latest_score as
select latest.account_id,
       latest.response_id,
       latest.responded_at,
       latest.nps,
       avg(ans.experienced)::numeric(4, 2) as score
from (select distinct on (r.account_id) r.account_id, r.id as response_id, r.responded_at, r.nps
      from survey_response r
      where r.pattern = 'PRESENT'
        and exists (select 1 from response_answer x where x.response_id = r.id)
      order by r.account_id, r.responded_at desc, r.id desc) latest
join response_answer ans on ans.response_id = latest.response_id
group by latest.account_id, latest.response_id, latest.responded_at, latest.nps;
