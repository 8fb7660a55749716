package cx.touchpoint.survey;

import java.util.List;

/** A stored response and the issues it is evidence of: raised, attached to or verified by it. */
public record RecordedResponse(long responseId, List<Long> issueIds) {}
