package cx.touchpoint.issue.routing;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The words that make a survey comment or complaint a complaint about the product or service. */
@Repository
class ComplaintKeywords {

    private final JdbcClient jdbc;

    ComplaintKeywords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> list() {
        return jdbc.sql("select keyword from complaint_keyword order by keyword")
                .query(String.class)
                .list();
    }

    void replace(List<String> keywords) {
        jdbc.sql("delete from complaint_keyword").update();
        for (String keyword : keywords) {
            jdbc.sql("insert into complaint_keyword (keyword) values (:k)")
                    .param("k", keyword)
                    .update();
        }
    }
}
