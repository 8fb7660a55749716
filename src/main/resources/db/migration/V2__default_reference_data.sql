-- Defaults every installation starts with; all of them are data an admin may change.

insert into perception_cue (code, name, description, sort_order) values
    ('competence', 'Competence', 'The knowledge and skill of the people and systems serving the customer.', 1),
    ('reliability', 'Reliability', 'Doing what was promised, dependably and accurately, every time.', 2),
    ('responsiveness', 'Responsiveness', 'Willingness and speed in helping the customer.', 3),
    ('transaction_security', 'Transaction security', 'Safety of the customer''s money, data and orders.', 4),
    ('trustworthiness', 'Trustworthiness', 'Honesty and credibility; acting in the customer''s interest.', 5),
    ('access', 'Access', 'Ease of reaching the company and getting to the right person.', 6);

insert into touch_point (code, name, life_cycle_stage, transaction_phase, kind, description) values
    ('first_contact', 'First sales contact', 'RELATIONSHIP_INITIATION', 'PRE_TRANSACTION', 'ACQUISITION',
     'Initial conversations, events and inbound enquiries.'),
    ('proposal', 'Proposal and demo', 'PROVIDER_EVALUATION', 'PRE_TRANSACTION', 'ACQUISITION',
     'Comparing offers: demos, proposals, references.'),
    ('onboarding', 'Account setup and activation', 'ACCOUNT_SETUP', 'TRANSACTION', 'ACQUISITION',
     'Contract signature, account setup and service activation.'),
    ('ordering', 'Order placement', 'ORDER_PLACEMENT', 'TRANSACTION', 'ACQUISITION',
     'Placing and changing orders through the portal or the account team.'),
    ('delivery', 'Delivery', 'PRODUCT_RECEPTION_AND_USE', 'POST_TRANSACTION', 'UTILIZATION',
     'Receiving the ordered products and services.'),
    ('product_use', 'Product in use', 'PRODUCT_RECEPTION_AND_USE', 'POST_TRANSACTION', 'UTILIZATION',
     'Day-to-day use of the product and service.'),
    ('support', 'Support request', 'PROBLEM_RESOLUTION', 'POST_TRANSACTION', 'UTILIZATION',
     'Reporting a problem and getting it fixed.'),
    ('invoicing', 'Invoicing and payment', 'PAYMENT', 'TRANSACTION', 'ACQUISITION',
     'Invoices, credit notes and payment.'),
    ('business_review', 'Account review', 'ACCOUNT_MAINTENANCE', 'POST_TRANSACTION', 'UTILIZATION',
     'Periodic business reviews and contract renewals.');

insert into contact_policy (pattern, quiet_days) values
    ('PAST', 30),
    ('PRESENT', 80),
    ('POTENTIAL', 180);

insert into sla_policy (severity, due_hours) values
    ('CRITICAL', 24),
    ('HIGH', 72),
    ('MEDIUM', 168),
    ('LOW', 336);

insert into complaint_keyword (keyword) values
    ('complaint'), ('unacceptable'), ('cancel'), ('broken'), ('late'), ('never again'),
    ('disappointed'), ('overcharged'), ('escalate'), ('battery');

insert into team (code, name, business_function) values
    ('customer_service', 'Customer service', 'Support and first-line triage'),
    ('product_development', 'Product development', 'Product design, defects and engineering'),
    ('logistics', 'Logistics', 'Warehousing, shipping and delivery'),
    ('finance', 'Finance', 'Invoicing, payments and credit'),
    ('onboarding', 'Onboarding', 'Account setup and activation'),
    ('account_management', 'Account management', 'Relationship, renewals and business reviews');

insert into routing_rule (position, name, keywords, owner_team_id) values
    (1, 'Product defects go to product development',
     '{defect,battery,power,crash,bug,firmware,overheat}', (select id from team where code = 'product_development')),
    (2, 'Invoices and payments go to finance',
     '{invoice,payment,credit,billing,refund,overcharged}', (select id from team where code = 'finance')),
    (3, 'Delivery and orders go to logistics',
     '{delivery,shipping,shipment,late,order status,tracking}', (select id from team where code = 'logistics')),
    (4, 'Setup and activation go to onboarding',
     '{setup,activation,onboarding,migration,login}', (select id from team where code = 'onboarding'));

insert into routing_rule (position, name, touch_point_id, owner_team_id) values
    (5, 'Delivery touch point goes to logistics',
     (select id from touch_point where code = 'delivery'), (select id from team where code = 'logistics')),
    (6, 'Invoicing touch point goes to finance',
     (select id from touch_point where code = 'invoicing'), (select id from team where code = 'finance')),
    (7, 'Account setup goes to onboarding',
     (select id from touch_point where code = 'onboarding'), (select id from team where code = 'onboarding'));

-- the fallback: everything else goes to customer service for triage
insert into routing_rule (position, name, owner_team_id) values
    (100, 'Everything else: customer service triages', (select id from team where code = 'customer_service'));

insert into segment_threshold (id) values (1);
