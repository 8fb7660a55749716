package cx.touchpoint.survey;

/**
 * Published by {@link ResponseService#record} inside the transaction that stored the response, so
 * what listeners write (issues raised, attached or verified) commits or rolls back with it.
 */
public record ResponseRecorded(long responseId) {}
