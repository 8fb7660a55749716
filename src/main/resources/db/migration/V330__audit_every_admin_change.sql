-- Every administrative change is in the audit log: routing rules and complaint keywords, service standards,
-- survey templates and triggers, settings (contact policy, segment thresholds) and webhooks join users,
-- teams, books, reference data and themes.
alter table admin_audit drop constraint admin_audit_subject_check;
alter table admin_audit add constraint admin_audit_subject_check
    check (subject in ('USER', 'TEAM', 'BOOK', 'REFERENCE', 'SYSTEM', 'THEME',
                       'ROUTING', 'STANDARD', 'TEMPLATE', 'SETTINGS', 'WEBHOOK'));
