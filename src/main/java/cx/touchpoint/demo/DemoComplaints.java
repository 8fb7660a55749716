package cx.touchpoint.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Complaints received by email, phone and in meetings since the issue board went live; the
 * timeline hands each to the issue intake at the moment it arrived.
 */
final class DemoComplaints {

    /** topic; the routing rules send product complaints to product development by their keywords */
    private static final String[] TOPICS = {"product", "delivery", "invoicing", "support", "onboarding"};

    private static final List<String> CHANNELS = List.of("EMAIL", "PHONE", "MEETING", "PORTAL");

    /** Complaints per 600 accounts in 90 days. */
    private static final int PER_600_ACCOUNTS = 40;

    /** A stored complaint and when it arrived. */
    record Received(long id, Instant at) {}

    private DemoComplaints() {}

    /** Stores the complaints of the last {@code window}. */
    static List<Received> create(JdbcClient jdbc, DemoRandom random, Instant now, Duration window) {
        List<Long> accounts = jdbc.sql("select id from account where status = 'ACTIVE' order by id")
                .query(Long.class)
                .list();
        long all = jdbc.sql("select count(*) from account").query(Long.class).single();
        int complaints = (int) Math.max(1, Math.round(all * PER_600_ACCOUNTS / 600.0 * window.toDays() / 90.0));
        List<Received> received = new ArrayList<>();
        for (int i = 0; i < complaints; i++) {
            String topic = i < complaints * 3 / 10 ? TOPICS[0] : random.pick(List.of(TOPICS));
            long account = random.pick(accounts);
            String body = DemoComments.complaint(random, topic);
            Instant at = now.minus(Duration.ofHours(random.between(2, (int) window.toHours() - 1)));
            long id = jdbc.sql(
                            """
                    insert into complaint (account_id, contact_id, received_at, channel, body) values
                    (?, (select min(id) from contact where account_id = ?), ?, ?, ?) returning id
                    """)
                    .params(account, account, Timestamp.from(at), random.pick(CHANNELS), body)
                    .query(Long.class)
                    .single();
            received.add(new Received(id, at));
        }
        return received;
    }
}
