-- Issue 18 D21: the survey says what it asks. The demo's relationship survey stated its length in words
-- ("Six questions ... two minutes"), which was wrong once a customer removed a question from the draft;
-- introductions now write {questions} and {minutes}, filled from the questions each invitation keeps.
update survey_template
set introduction = '{questions} about working with us this quarter. It takes {minutes}.'
where introduction = 'Six questions about working with us this quarter. It takes two minutes.';
