package cx.touchpoint.survey.template;

import java.time.Instant;

/** A template in the admin's list. */
public record TemplateSummary(
        long id, String name, String pattern, String touchPoint, int items, long responses, Instant retiredAt) {}
