-- Issue #19 finding 10: names are one line. The character class is base.SingleLine's (C0 and C1 controls, DEL,
-- U+2028/U+2029). Names already holding one get a space instead where that collides with no other name; the
-- constraint is added NOT VALID, so a row that could not be cleaned is still read and must be renamed before its
-- next change.
do $$
declare
    target record;
begin
    for target in select * from (values
            ('app_user', 'full_name'), ('survey_template', 'name'), ('team', 'name'), ('account', 'name'),
            ('contact', 'full_name'), ('perception_cue', 'name'), ('touch_point', 'name'),
            ('vertical_market', 'name'), ('vertical_market', 'market_group'), ('location', 'region'),
            ('location', 'country'), ('service_platform', 'name'), ('webhook_subscription', 'name'))
            as t (tab, col) loop
        begin
            execute format(
                'update %I set %I = btrim(regexp_replace(%I, %L, %L, %L)) where %I ~ %L',
                target.tab, target.col, target.col,
                '[\x01-\x1f\x7f-\x9f\u2028\u2029]+', ' ', 'g', target.col, '[\x01-\x1f\x7f-\x9f\u2028\u2029]');
        exception when unique_violation or check_violation then
            raise notice 'names in %.% with control characters left as they are', target.tab, target.col;
        end;
        execute format('alter table %I add constraint %I check (%I !~ %L) not valid',
                target.tab, target.tab || '_' || target.col || '_one_line', target.col,
                '[\x01-\x1f\x7f-\x9f\u2028\u2029]');
    end loop;
end
$$;
