-- One full rebuild for every summary. V150 (answer_item_month), V160 (account_wave_segment) and V190
-- (response_book_month) were written side by side, each replacing V100's summaries_rebuild_all() with
-- its own table added; applied in order, V190's version would have left account_wave_segment out.
-- This is their union, and the rebuild is flagged one way: touchpoint.summaries = 'rebuilding' (the
-- setting V40 already uses for 'deferred'), which summaries_rebuilding() now reads for the roll-up
-- triggers of V150 and V190 as V160's trigger already does.
create or replace function summaries_rebuilding() returns boolean language sql stable as $$
select coalesce(current_setting('touchpoint.summaries', true), '') = 'rebuilding'
$$;

create or replace function summaries_rebuild_all() returns void language plpgsql as $$
declare
    prior text := coalesce(current_setting('touchpoint.summaries', true), '');
begin
    lock table account_score, account_wave_score, account_wave_segment, answer_month, answer_item_month,
        response_month, response_book_month, segment_threshold_in_force in exclusive mode;
    perform set_config('touchpoint.summaries', 'rebuilding', true);
    perform summaries_refresh_thresholds();
    delete from account_wave_segment;
    delete from account_score;
    delete from account_wave_score;
    delete from answer_month;
    delete from answer_item_month;
    delete from response_month;
    delete from response_book_month;
    perform summaries_compute_accounts(array(select id from account));
    insert into answer_month select * from answer_month_source;
    insert into answer_item_month select * from answer_item_month_source;
    insert into response_month select * from response_month_source;
    insert into response_book_month select * from response_book_month_source;
    perform summaries_compute_wave_segments(null);
    perform set_config('touchpoint.summaries', prior, true);
end
$$;
