package cx.touchpoint.issue;

import java.time.Instant;

/** A response, complaint or comment behind an issue. */
public record EvidenceItem(Instant addedAt, String kind, String excerpt, Integer nps, String contactName) {}
