package cx.touchpoint.survey;

import jakarta.validation.constraints.NotNull;

/** A new transaction trigger as the admin enters it: after this touch point, send this transaction survey. */
public record TriggerInput(
        @NotNull(message = "Choose the touch point.") Long touchPointId,
        @NotNull(message = "Choose the transaction survey to send.") Long templateId) {}
