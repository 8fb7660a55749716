package cx.touchpoint.imports;

import java.time.Instant;

/**
 * An import as the import page shows it. {@code bytesDone / fileBytes} is the progress of the current
 * phase: first every row is checked ({@code CHECKING}), then stored ({@code STORING}).
 */
public record ImportJob(
        long id,
        ImportKind kind,
        String fileName,
        String layout,
        Status status,
        boolean onlyValidRows,
        long fileBytes,
        long bytesDone,
        int rowsRead,
        int rowsInvalid,
        int rowsStored,
        int rowsUnchanged,
        String message,
        String startedBy,
        Instant startedAt,
        Instant finishedAt) {

    /** One line of the error report: the row (as numbered in the file), its column, the value and the problem. */
    public record Problem(long row, String column, String value, String problem) {}

    public enum Status {
        CHECKING,
        STORING,
        REJECTED,
        DONE,
        FAILED;

        public boolean running() {
            return this == CHECKING || this == STORING;
        }
    }

    /** The layout as a person reads it ("Qualtrics export"), not its code. */
    public String layoutLabel() {
        return FileLayout.Layout.valueOf(layout).label;
    }

    /** 0 to 1: how far the current phase is; 1 once the import has ended. */
    public double progress() {
        return !status.running() || fileBytes == 0 ? 1 : Math.min(1, (double) bytesDone / fileBytes);
    }
}
