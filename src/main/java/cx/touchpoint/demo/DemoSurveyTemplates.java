package cx.touchpoint.demo;

import cx.touchpoint.survey.SurveyLength;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo company's surveys: a short quarterly relationship survey (one item per perception cue)
 * and four transaction surveys sent after a touch-point event. Items about a measured service
 * standard also ask for the customer's expected and perceived value in the standard's unit.
 */
@Component
class DemoSurveyTemplates {

    /** A survey item: its id, cue, and the linked standard's code (or null). */
    record Item(long id, String cue, String standard) {}

    /** A survey template: relationship ({@code touchPoint} null) or transaction. */
    record Template(long id, String touchPoint, Long touchPointId, List<Item> items) {}

    private static final String[][] RELATIONSHIP = {
        {"competence", "How well do our people understand your business and solve your problems?", null},
        {"reliability", "How reliably do we deliver what we promised, on time and complete?", "on_time_delivery"},
        {"responsiveness", "How quickly do we respond when you need help?", "first_reply_time"},
        {"transaction_security", "How safe are your orders, data and payments with us?", null},
        {"trustworthiness", "How much do you trust us to act in your interest?", null},
        {"access", "How easy is it to reach the right person at our company?", null}
    };

    /** touch point, template name, then (cue, question, standard) per item. */
    private static final String[][][] TRANSACTION = {
        {
            {"delivery", "After a delivery"},
            {"reliability", "Did your delivery arrive on time and complete?", "on_time_delivery"},
            {"competence", "Was everything delivered as ordered and correctly labelled?", null},
            {"responsiveness", "How quickly were your delivery questions answered?", null}
        },
        {
            {"support", "After a support request"},
            {"responsiveness", "How quickly did we first reply to your request?", "first_reply_time"},
            {"competence", "Did we solve the problem, not just work around it?", null},
            {"access", "How easy was it to reach support?", null}
        },
        {
            {"onboarding", "After account setup"},
            {"access", "How quickly was your account up and running?", "activation_time"},
            {"competence", "How well did we guide you through the setup?", null},
            {"reliability", "Did the setup go as planned?", null}
        },
        {
            {"invoicing", "After an invoice"},
            {"transaction_security", "Was the invoice correct?", "invoice_accuracy"},
            {"trustworthiness", "Were the charges what we agreed?", null},
            {"reliability", "Did the invoice arrive when expected?", null}
        }
    };

    private final JdbcClient jdbc;

    DemoSurveyTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Template relationship(Map<String, Long> standards) {
        long id = jdbc.sql(
                        """
                insert into survey_template (name, pattern, introduction, asks_nps)
                values ('Quarterly relationship survey', 'PRESENT', ?, true) returning id
                """)
                // the counts are filled in per invitation: a customer may remove questions from the draft
                .param(SurveyLength.QUESTIONS + " about working with us this quarter. It takes " + SurveyLength.MINUTES
                        + ".")
                .query(Long.class)
                .single();
        return new Template(id, null, null, items(id, RELATIONSHIP, null, standards));
    }

    List<Template> transactions(Map<String, Long> standards) {
        List<Template> templates = new ArrayList<>();
        for (String[][] survey : TRANSACTION) {
            String touchPoint = survey[0][0];
            long touchPointId = jdbc.sql("select id from touch_point where code = ?")
                    .param(touchPoint)
                    .query(Long.class)
                    .single();
            long id = jdbc.sql(
                            """
                    insert into survey_template (name, pattern, touch_point_id, introduction, asks_nps)
                    values (?, 'PAST', ?, '{questions} about what just happened, {minutes} at most.', false)
                    returning id
                    """)
                    .params(survey[0][1], touchPointId)
                    .query(Long.class)
                    .single();
            String[][] items = java.util.Arrays.copyOfRange(survey, 1, survey.length);
            templates.add(new Template(id, touchPoint, touchPointId, items(id, items, touchPointId, standards)));
        }
        return templates;
    }

    private List<Item> items(long templateId, String[][] rows, Long touchPointId, Map<String, Long> standards) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String[] row = rows[i];
            long id = jdbc.sql(
                            """
                    insert into survey_item (template_id, position, cue_id, touch_point_id, standard_id,
                    question) values (?, ?, (select id from perception_cue where code = ?), ?, ?, ?)
                    returning id
                    """)
                    .params(
                            templateId,
                            i + 1,
                            row[0],
                            touchPointId,
                            row[2] == null ? null : standards.get(row[2]),
                            row[1])
                    .query(Long.class)
                    .single();
            items.add(new Item(id, row[0], row[2]));
        }
        return items;
    }
}
