package cx.touchpoint.gap.standard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Promises made to customers about service standards, with optimistic locking on {@code version}. */
@Repository
class PromiseRepository {

    private static final String SELECT = "select id, version, standard_id, promised_value, wording, channel,"
            + " valid_from, valid_to from standard_promise";

    private final JdbcClient jdbc;

    PromiseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StandardPromise> page(long standardId, int offset, int limit) {
        return jdbc.sql(SELECT
                        + " where standard_id = :s order by valid_from desc, id desc offset :offset limit :limit")
                .param("s", standardId)
                .param("offset", offset)
                .param("limit", limit)
                .query(StandardPromise.class)
                .list();
    }

    Optional<StandardPromise> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(StandardPromise.class)
                .optional();
    }

    long insert(StandardPromise p) {
        return jdbc.sql("insert into standard_promise (standard_id, promised_value, wording, channel, valid_from,"
                        + " valid_to) values (:s, :value, :wording, :channel, :from, :to) returning id")
                .params(columns(p))
                .query(Long.class)
                .single();
    }

    /** @return false when the promise was changed or deleted since {@code p.version()} was read */
    boolean update(StandardPromise p) {
        return jdbc.sql("update standard_promise set promised_value = :value, wording = :wording, channel = :channel,"
                                + " valid_from = :from, valid_to = :to, version = version + 1"
                                + " where id = :id and version = :version and standard_id = :s")
                        .params(columns(p))
                        .param("id", p.id())
                        .param("version", p.version())
                        .update()
                == 1;
    }

    boolean delete(long id, int version) {
        return jdbc.sql("delete from standard_promise where id = :id and version = :version")
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static Map<String, Object> columns(StandardPromise p) {
        var columns = new java.util.HashMap<String, Object>();
        columns.put("s", p.standardId());
        columns.put("value", p.promisedValue());
        columns.put("wording", p.wording().trim());
        columns.put("channel", p.channel().name());
        columns.put("from", p.validFrom());
        columns.put("to", p.validTo());
        return columns;
    }
}
