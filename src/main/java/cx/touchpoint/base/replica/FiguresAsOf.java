package cx.touchpoint.base.replica;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** How current the figures of the running {@link ReadsFromReplica} call are. */
@Component
public class FiguresAsOf {

    /**
     * The moment the figures read so far in this call show, when they came from a replica that was behind the
     * primary at its last check (a dashboard then says "figures as of hh:mm:ss"); empty when they are current: read
     * from the primary, or from a replica that was up to date.
     */
    public Optional<Instant> current() {
        return Optional.ofNullable(ReplicaScope.asOf());
    }
}
