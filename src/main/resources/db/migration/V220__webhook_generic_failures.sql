-- Issue #19 finding 1: the delivery log shows a failure class, not the socket's error text (which told open,
-- closed and non-HTTP ports apart). Earlier attempts' texts become the class they belong to.
update webhook_delivery set last_error = case
        when last_error = '' then ''
        when last_error like 'HTTP %' and last_status_code between 300 and 399 then 'HTTP 3xx: redirects are not followed'
        when last_error like 'HTTP %' and last_status_code between 400 and 499 then 'HTTP 4xx'
        when last_error like 'HTTP %' and last_status_code between 500 and 599 then 'HTTP 5xx'
        when last_error ilike '%timeout%' or last_error ilike '%timed out%' then 'timed out'
        when last_error like 'UnknownHostException%' then 'host not found'
        else 'connection failed' end
where last_error <> '';
