package cx.touchpoint.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY ... from stdin}, a chunk at a time,
 * on the connection of the running transaction (so a failed generation stores nothing). A million
 * responses never sit in memory at once, and COPY writes them about ten times faster than batched
 * inserts.
 */
final class DemoCopy {

    private static final Logger log = LoggerFactory.getLogger(DemoCopy.class);
    private static final int CHUNK_ROWS = 50_000;

    private final DataSource dataSource;
    private final String table;
    private final String columns;
    private final DemoCopy parent;
    private final StringBuilder chunk = new StringBuilder(1 << 20);
    private int pending;
    private long written;

    DemoCopy(DataSource dataSource, String table, String columns) {
        this(dataSource, table, columns, null);
    }

    /** Rows that reference {@code parent}'s rows: the parent's pending rows are written first. */
    DemoCopy(DataSource dataSource, String table, String columns, DemoCopy parent) {
        this.dataSource = dataSource;
        this.table = table;
        this.columns = columns;
        this.parent = parent;
    }

    /** Adds one row, values in the order of the columns; {@code null} is SQL null. */
    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                chunk.append(',');
            }
            append(values[i]);
        }
        chunk.append('\n');
        if (++pending == CHUNK_ROWS) {
            flush();
        }
    }

    /** Writes the rows added since the last flush; returns how many rows the table got in all. */
    long flush() {
        if (pending == 0) {
            return written;
        }
        if (parent != null) {
            parent.flush();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy " + table + " (" + columns + ") from stdin (format csv)",
                            new StringReader(chunk.toString()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("Demo data: copying into " + table + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        written += pending;
        pending = 0;
        chunk.setLength(0);
        if (written >= CHUNK_ROWS) {
            log.debug("Demo data: {} rows in {}", String.format("%,d", written), table);
        }
        return written;
    }

    /** Rows added so far, written or not. */
    long rows() {
        return written + pending;
    }

    private void append(Object value) {
        if (value == null) {
            return; // CSV's unquoted empty field is null
        }
        if (value instanceof String text) {
            chunk.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else if (value instanceof Timestamp at) {
            chunk.append(at.toInstant());
        } else if (value instanceof java.sql.Date day) {
            chunk.append(day.toLocalDate());
        } else {
            chunk.append(value);
        }
    }
}
