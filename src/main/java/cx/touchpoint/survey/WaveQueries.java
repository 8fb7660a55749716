package cx.touchpoint.survey;

import cx.touchpoint.base.Option;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A wave's progress per account, in SQL. */
@Repository
class WaveQueries {

    private final JdbcClient jdbc;

    WaveQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Option> waves() {
        return jdbc.sql("select id, name from survey_wave order by opens_on desc, name")
                .query(Option.class)
                .list();
    }

    /** Accounts with a survey in the wave; {@code accountExecutiveId} non-null = that executive's only. */
    List<WaveProgress> progress(long waveId, Long accountExecutiveId) {
        return jdbc.sql(
                        """
                select a.id, a.name, u.full_name, p.status,
                count(i.id) as invited, count(i.id) filter (where i.status = 'RESPONDED') as responded,
                string_agg(c.full_name, '|' order by c.full_name) filter (where i.status in ('SENT', 'EXPIRED'))
                as not_answered
                from survey_preparation p join account_facts a on a.id = p.account_id
                join user_directory u on u.id = a.account_executive_id
                left join survey_invitation i on i.preparation_id = p.id
                left join contact_facts c on c.id = i.contact_id
                where p.wave_id = :w and p.status <> 'CANCELLED'
                and (cast(:ae as bigint) is null or a.account_executive_id = :ae)
                group by a.id, a.name, u.full_name, p.status order by u.full_name, a.name
                """)
                .param("w", waveId)
                .param("ae", accountExecutiveId)
                .query((rs, n) -> {
                    int invited = rs.getInt(5);
                    int responded = rs.getInt(6);
                    String names = rs.getString(7);
                    return new WaveProgress(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            invited,
                            responded,
                            invited == 0 ? null : (double) responded / invited,
                            names == null ? List.of() : Arrays.asList(names.split("\\|")));
                })
                .list();
    }

    /** The wave's approved or shared surveys not yet sent, of the executive's book (null = all). */
    List<Long> readyToSend(long waveId, Long accountExecutiveId) {
        return jdbc.sql(
                        """
                select p.id from survey_preparation p join account_facts a on a.id = p.account_id
                where p.wave_id = :w and p.status = 'APPROVED'
                and (cast(:ae as bigint) is null or a.account_executive_id = :ae) order by p.id
                """)
                .param("w", waveId)
                .param("ae", accountExecutiveId)
                .query(Long.class)
                .list();
    }
}
