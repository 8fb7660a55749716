package cx.touchpoint.survey;

import java.util.List;

/** A stored response and the issues it raised or was attached to as evidence. */
public record RecordedResponse(long responseId, List<Long> issueIds) {}
