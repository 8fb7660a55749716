-- The REST API under retries and change (issue 18 C14, C15).

-- Keyset paging (GET /api/v1/accounts?after=<externalId>, GET /api/v1/issues?after=<id>): a page is
-- "the next :limit rows after this key", read from an index in key order, so a row inserted or changed
-- between two calls neither repeats nor skips another. All accounts page on account_external_id_uq (V60);
-- an account executive's book on this one.
create index account_book_external_id_idx on account (account_executive_id, external_id);
-- A board column (status) in id order; the team and assignee filters are checked on the rows it yields.
create index issue_status_id_idx on issue (status, id);

-- Idempotency-Key: the key's row is inserted first, in the transaction that records the response, so the
-- primary key (user_id, key) is the lock a concurrent retry waits on; response_id is set before that
-- transaction commits (a committed row always has one). request_hash is the SHA-256 of the request as
-- first sent: the same key with another request is refused (422) and stores nothing. Keys from before
-- this migration have none and are compared by key alone, as before.
alter table api_idempotency_key alter column response_id drop not null;
alter table api_idempotency_key add column request_hash text check (request_hash ~ '^[0-9a-f]{64}$');
