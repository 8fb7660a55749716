package cx.touchpoint.security;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and reads the audit log of administrative changes (table {@code admin_audit}). */
@Component
public class AdminAudit {

    /** What an audit row is about: the schema's check list (V330), with the words the audit log shows. */
    public enum Subject {
        USER("User"),
        TEAM("Team"),
        BOOK("Book of accounts"),
        REFERENCE("Reference data"),
        SYSTEM("System"),
        THEME("Theme"),
        ROUTING("Routing"),
        STANDARD("Service standard"),
        TEMPLATE("Survey template"),
        SETTINGS("Settings"),
        WEBHOOK("Webhook");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The label of a stored subject; the stored text itself if unknown. */
        public static String labelOf(String stored) {
            try {
                return valueOf(stored).label();
            } catch (IllegalArgumentException | NullPointerException e) {
                return stored;
            }
        }
    }

    private static final int TEXT_MAX = 2000;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AdminAudit(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a change by the signed-in person, or by the system when nobody is signed in. */
    public void record(
            Subject subject, Long subjectId, String subjectName, String action, String before, String after) {
        var actor = currentUser.get();
        jdbc.sql(
                        """
                insert into admin_audit (changed_at, actor_id, actor_name, subject, subject_id, subject_name,
                action, before, after) values (:at, :actorId, :actor, :subject, :subjectId, :name,
                :action, :before, :after)
                """)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("actorId", actor.map(SignedInUser::id).orElse(null))
                .param("actor", actor.map(SignedInUser::username).orElse("system"))
                .param("subject", subject.name())
                .param("subjectId", subjectId)
                .param("name", subjectName)
                .param("action", action)
                .param("before", clip(before))
                .param("after", clip(after))
                .update();
    }

    List<AdminAuditEntry> page(int offset, int limit) {
        return jdbc.sql(
                        """
                select id, changed_at, actor_name, subject, subject_name, action, before, after
                from admin_audit order by changed_at desc, id desc offset :offset limit :limit
                """)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new AdminAuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("changed_at").toInstant().atZone(clock.getZone()),
                        rs.getString("actor_name"),
                        rs.getString("subject"),
                        rs.getString("subject_name"),
                        rs.getString("action"),
                        rs.getString("before"),
                        rs.getString("after")))
                .list();
    }

    private static String clip(String text) {
        return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
    }
}
