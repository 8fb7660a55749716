package cx.touchpoint.survey;

/** The columns the Surveys view sorts readiness by. */
public enum ReadinessSort {
    ACCOUNT("account"),
    ELIGIBLE("eligible_contacts"),
    OPEN_ISSUES("open_issues"),
    MISSED("standards_missed + promises_missed"),
    LAST_SURVEY("last_survey_at"),
    LAST_SCORE("last_score");

    private final String sql;

    ReadinessSort(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
