-- Issue 18 D21: the survey says what it asks. The demo's relationship survey stated its length in words
-- ("Six questions ... two minutes"), which was wrong once a customer removed a question from the draft;
-- introductions now write {questions} and {minutes}, filled from the questions each invitation keeps.
update survey_template
set introduction = '{questions} about working with us this quarter. It takes {minutes}.'
where introduction = 'Six questions about working with us this quarter. It takes two minutes.';
update survey_template
set introduction = '{questions} about what just happened, {minutes} at most.'
where introduction = 'Three quick questions about what just happened.';
update survey_template
set introduction = 'We are considering a self-service portal for orders, invoices and support: {questions}, about {minutes}.'
where introduction = 'We are considering a self-service portal for orders, invoices and support. Four questions.';
