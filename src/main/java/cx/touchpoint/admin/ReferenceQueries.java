package cx.touchpoint.admin;

import cx.touchpoint.base.LifeCycleStage;
import cx.touchpoint.base.TouchPointKind;
import cx.touchpoint.base.TransactionPhase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes reference data; the table and columns come from {@link ReferenceKind}. */
@Repository
class ReferenceQueries {

    private final JdbcClient jdbc;

    ReferenceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Current items first, each group in the kind's order. */
    List<ReferenceRow> page(ReferenceKind kind, int offset, int limit) {
        return jdbc.sql("select id, version, retired, " + String.join(", ", kind.columns()) + " from " + kind.table()
                        + " order by retired, " + kind.order() + ", id offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> row(kind, rs))
                .list();
    }

    Optional<ReferenceRow> find(ReferenceKind kind, long id) {
        return jdbc.sql("select id, version, retired, " + String.join(", ", kind.columns()) + " from " + kind.table()
                        + " where id = :id")
                .param("id", id)
                .query((rs, n) -> row(kind, rs))
                .optional();
    }

    long insert(ReferenceKind kind, String code, Map<String, Object> values) {
        List<String> columns = new java.util.ArrayList<>(values.keySet());
        if (code != null) {
            columns.add(0, "code");
        }
        var statement = jdbc.sql("insert into " + kind.table() + " (" + String.join(", ", columns) + ") values ("
                        + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ") returning id")
                .params(values);
        if (code != null) {
            statement = statement.param("code", code);
        }
        return statement.query(Long.class).single();
    }

    boolean update(ReferenceKind kind, long id, int seenVersion, Map<String, Object> values) {
        return jdbc.sql("update " + kind.table() + " set "
                                + values.keySet().stream()
                                        .map(c -> c + " = :" + c)
                                        .collect(Collectors.joining(", "))
                                + ", version = version + 1 where id = :id and version = :version")
                        .params(values)
                        .param("id", id)
                        .param("version", seenVersion)
                        .update()
                == 1;
    }

    boolean setRetired(ReferenceKind kind, long id, boolean retired) {
        return jdbc.sql("update " + kind.table() + " set retired = :retired, version = version + 1 where id = :id")
                        .param("retired", retired)
                        .param("id", id)
                        .update()
                == 1;
    }

    void delete(ReferenceKind kind, long id) {
        jdbc.sql("delete from " + kind.table() + " where id = :id")
                .param("id", id)
                .update();
    }

    boolean codeTaken(ReferenceKind kind, String code) {
        return jdbc.sql("select exists (select 1 from " + kind.table() + " where code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    private static ReferenceRow row(ReferenceKind kind, ResultSet rs) throws SQLException {
        var columns = kind.columns();
        var values = new ReferenceInput(
                text(rs, columns, "name"),
                text(rs, columns, "market_group"),
                text(rs, columns, "region"),
                text(rs, columns, "country"),
                text(rs, columns, "description"),
                columns.contains("life_cycle_stage") ? LifeCycleStage.valueOf(rs.getString("life_cycle_stage")) : null,
                columns.contains("transaction_phase")
                        ? TransactionPhase.valueOf(rs.getString("transaction_phase"))
                        : null,
                columns.contains("kind") ? TouchPointKind.valueOf(rs.getString("kind")) : null,
                columns.contains("sort_order") ? rs.getInt("sort_order") : null);
        return new ReferenceRow(rs.getLong("id"), rs.getInt("version"), rs.getBoolean("retired"), kind, values);
    }

    private static String text(ResultSet rs, List<String> columns, String column) throws SQLException {
        return columns.contains(column) ? rs.getString(column) : null;
    }
}
