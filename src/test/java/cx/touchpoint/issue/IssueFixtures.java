package cx.touchpoint.issue;

import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Hand-made rows and sign-ins for issue tests, on top of {@link TestData}. */
public class IssueFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TestData data;

    public IssueFixtures(TestData data) {
        this.data = data;
    }

    /** Creates a user and signs in as them for the service calls that follow. */
    public SignedInUser signIn(String username, Role role, String teamCode) {
        long id = data.user(username, role, teamCode);
        var user = new SignedInUser(
                id, username, "Test " + username, role, teamCode == null ? null : data.teamId(teamCode), "{noop}x");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public long account(String name) {
        long ae = data.user("ae" + SEQUENCE.incrementAndGet(), Role.ACCOUNT_EXECUTIVE);
        return data.account(name, ae, new BigDecimal("250000"), new BigDecimal("300000"));
    }

    public long generalManager(String teamCode, String username) {
        long gm = data.user(username, Role.EXECUTIVE);
        data.jdbc()
                .sql("update team set general_manager_id = :gm where code = :c")
                .param("gm", gm)
                .param("c", teamCode)
                .update();
        return gm;
    }

    public long complaint(long accountId, String body) {
        return data.jdbc()
                .sql("insert into complaint (account_id, received_at, channel, body)"
                        + " values (:a, now(), 'EMAIL', :b) returning id")
                .param("a", accountId)
                .param("b", body)
                .query(Long.class)
                .single();
    }

    public String status(long issueId) {
        return column(issueId, "status");
    }

    public String column(long issueId, String column) {
        return data.jdbc()
                .sql("select cast(" + column + " as text) from issue where id = :id")
                .param("id", issueId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    public String teamOf(long issueId) {
        return data.jdbc()
                .sql("select t.code from issue i join team t on t.id = i.owner_team_id where i.id = :id")
                .param("id", issueId)
                .query(String.class)
                .single();
    }

    /** The audit trail as "KIND from->to" lines, oldest first. */
    public List<String> events(long issueId) {
        return data.jdbc()
                .sql("select kind || ' ' || coalesce(from_value, '') || '->' || coalesce(to_value, '')"
                        + " from issue_event where issue_id = :id order by occurred_at, id")
                .param("id", issueId)
                .query(String.class)
                .list();
    }

    /**
     * Records a response answering one item of {@code template}, through the same service real
     * responses go through; returns the issues it raised or attached to.
     */
    public List<Long> respond(
            ResponseService responses,
            long template,
            long account,
            Integer nps,
            String comment,
            String cue,
            int experienced,
            Instant at) {
        return responses
                .record(new NewResponse(
                        template,
                        account,
                        null,
                        null,
                        null,
                        null,
                        NewResponse.Channel.API,
                        nps,
                        comment,
                        at,
                        List.of(new NewResponse.Answer(data.itemId(template, cue), 6, experienced))))
                .issueIds();
    }

    public long count(String sql) {
        return data.jdbc().sql(sql).query(Long.class).single();
    }
}
