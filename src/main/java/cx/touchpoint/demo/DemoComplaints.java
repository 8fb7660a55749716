package cx.touchpoint.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Complaints received by email, phone and in meetings over the last half-year. */
final class DemoComplaints {

    /** topic, cue code, touch point code */
    private static final String[][] TOPICS = {
        {"product", "reliability", "product_use"},
        {"delivery", "reliability", "delivery"},
        {"invoicing", "transaction_security", "invoicing"},
        {"support", "responsiveness", "support"},
        {"onboarding", "access", "onboarding"}
    };

    private static final List<String> CHANNELS = List.of("EMAIL", "PHONE", "MEETING", "PORTAL");

    private record Ref(long cueId, String cueName, long touchPointId, String touchPointName) {}

    private DemoComplaints() {}

    /** Complaints per 600 accounts over the half-year. */
    private static final int PER_600_ACCOUNTS = 40;

    /** Stores the complaints and returns them as signals for the issue board. */
    static List<DemoIssues.Signal> create(JdbcClient jdbc, DemoRandom random, Instant now) {
        List<Long> accounts = jdbc.sql("select id from account where status = 'ACTIVE' order by id")
                .query(Long.class)
                .list();
        List<DemoIssues.Signal> signals = new ArrayList<>();
        long all = jdbc.sql("select count(*) from account").query(Long.class).single();
        int complaints = (int) Math.max(PER_600_ACCOUNTS, all * PER_600_ACCOUNTS / 600);
        for (int i = 0; i < complaints; i++) {
            String[] topic = i < complaints * 3 / 10 ? TOPICS[0] : random.pick(List.of(TOPICS));
            long account = random.pick(accounts);
            long vertical = jdbc.sql("select vertical_market_id from account where id = ?")
                    .param(account)
                    .query(Long.class)
                    .single();
            String body = DemoComments.complaint(random, topic[0]);
            Instant at = now.minus(Duration.ofHours(random.between(2, 180 * 24)));
            long id = jdbc.sql("insert into complaint (account_id, contact_id, received_at, channel, body) values"
                            + " (?, (select min(id) from contact where account_id = ?), ?, ?, ?) returning id")
                    .params(account, account, Timestamp.from(at), random.pick(CHANNELS), body)
                    .query(Long.class)
                    .single();
            Ref ref = jdbc.sql("select c.id as cue_id, c.name as cue_name, t.id as touch_point_id,"
                            + " t.name as touch_point_name from perception_cue c, touch_point t"
                            + " where c.code = ? and t.code = ?")
                    .params(topic[1], topic[2])
                    .query(Ref.class)
                    .single();
            signals.add(new DemoIssues.Signal(
                    "COMPLAINT",
                    null,
                    id,
                    account,
                    vertical,
                    ref.touchPointId(),
                    ref.cueId(),
                    ref.cueName(),
                    ref.touchPointName(),
                    null,
                    2,
                    body,
                    at));
        }
        return signals;
    }
}
