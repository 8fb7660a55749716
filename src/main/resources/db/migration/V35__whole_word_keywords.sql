-- Keywords now match whole words (issue #12.4); a trailing * asks for a prefix ("deliver*").
-- The seeded lists relied on prefix matching ("invoice" found "invoices"); where they still hold the
-- seeded values they get explicit prefixes, so the same comments route as before, while "late" and
-- "power" stop matching "later", "latest" and "powerful". Lists an admin has edited are left alone.

update routing_rule
   set keywords = '{defect*,battery,batteries,power,crash*,bug,bugs,firmware,overheat*}', version = version + 1
 where keywords = '{defect,battery,power,crash,bug,firmware,overheat}';

update routing_rule
   set keywords = '{invoic*,payment*,credit*,billing,refund*,overcharg*}', version = version + 1
 where keywords = '{invoice,payment,credit,billing,refund,overcharged}';

update routing_rule
   set keywords = '{deliver*,shipping,shipment*,shipped,late,order status,tracking}', version = version + 1
 where keywords = '{delivery,shipping,shipment,late,order status,tracking}';

update routing_rule
   set keywords = '{setup,activat*,onboarding,migrat*,login,log in}', version = version + 1
 where keywords = '{setup,activation,onboarding,migration,login}';

update complaint_keyword k
   set keyword = seeded.prefix
  from (values ('complaint', 'complain*'), ('cancel', 'cancel*'), ('disappointed', 'disappoint*'),
               ('overcharged', 'overcharg*'), ('escalate', 'escalat*')) as seeded (word, prefix)
 where k.keyword = seeded.word
   and not exists (select 1 from complaint_keyword x where x.keyword = seeded.prefix);

insert into complaint_keyword (keyword)
select 'batteries' where exists (select 1 from complaint_keyword where keyword = 'battery')
on conflict (keyword) do nothing;

-- * only ends a keyword: "deliver*" is a prefix, "de*liver" and "*" mean nothing
alter table complaint_keyword
    add constraint complaint_keyword_prefix_at_end check (keyword !~ '\*.' and keyword !~ '^\s*\*');

alter table routing_rule
    add constraint routing_rule_keyword_prefix_at_end
        check (array_to_string(keywords, '|') !~ '\*[^|]' and array_to_string(keywords, '|') !~ '(^|\|)\s*\*');
