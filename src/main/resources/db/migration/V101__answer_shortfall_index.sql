-- The answers behind a gap are listed the largest shortfall first (experienced - expected, then newest):
-- without an index in that order, PostgreSQL joined and sorted every answer of the period to show 50
-- (835 ms p95 at 20,000 accounts / 924,000 answers). With it, it walks the answers in shortfall order
-- and sorts only within each shortfall value (incremental sort): 1,184 ms -> 45 ms for 24 months, all
-- cues, measured with EXPLAIN ANALYZE on the benchmark's 20,000-account schema (docs/PERFORMANCE.md).
create index response_answer_shortfall on response_answer ((experienced - expected), id);
