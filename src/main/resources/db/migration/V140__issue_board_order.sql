-- The board's columns in the order they show: per status, the most severe first, then the soonest due
-- (BoardQueries.cards). A column of resolved or closed issues is read in this order and stops after
-- its page, however many issues the company has closed; an open column's page is cut from this index
-- alone (severity is included for that) before its cards are read.
create index issue_board_order_idx on issue (
    status,
    (array_position(array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'], severity)) desc,
    sla_due_at,
    id
) include (severity);
