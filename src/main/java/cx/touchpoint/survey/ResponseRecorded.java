package cx.touchpoint.survey;

import java.time.Instant;

/**
 * Published by {@link ResponseService#record} inside the transaction that stored the response, so
 * what listeners write (issues raised, attached or verified, the comment queued for analysis) commits or
 * rolls back with it. Carries the comment and what is analysed with it, so listeners need not read it back.
 *
 * @param comment the customer's comment as stored ("" for none)
 */
public record ResponseRecorded(long responseId, long accountId, Integer nps, String comment, Instant respondedAt) {}
