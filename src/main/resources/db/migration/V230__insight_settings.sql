-- The company's settings for uncertainty and key drivers (issue 21), one row, changed by admins:
-- the confidence level of every interval and test, the minimum n below which a figure is "low n" and
-- never called a significant change, and the minimum complete responses for key drivers.
create table insight_setting (
    id                   integer primary key default 1 check (id = 1),
    confidence_level     integer not null default 95 check (confidence_level in (90, 95, 99)),
    min_n                integer not null default 30 check (min_n between 2 and 10000),
    min_driver_responses integer not null default 50 check (min_driver_responses between 10 and 100000),
    version              integer not null default 0
);
insert into insight_setting (id) values (1);
