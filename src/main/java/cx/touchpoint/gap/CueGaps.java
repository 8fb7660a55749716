package cx.touchpoint.gap;

/** Gaps 6 and 1 of one perception cue; {@code cueId} null = all cues together. */
public record CueGaps(Long cueId, String cueName, SatisfactionGap satisfaction, KnowledgeGap knowledge) {}
