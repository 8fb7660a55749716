package cx.touchpoint.gap;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A relationship-survey item as a manager estimates it: what do customers expect (1-7), and, for an
 * item linked to a service standard, the value they expect in the metric's unit. {@code last*}: the
 * signed-in manager's latest estimate, null when they have not estimated it yet.
 */
public record EstimateItem(
        long itemId,
        String templateName,
        int position,
        String question,
        String cueName,
        Long standardId,
        String standardName,
        String unit,
        Integer lastExpected,
        BigDecimal lastExpectedValue,
        LocalDate lastEstimatedOn) {

    public boolean linkedToStandard() {
        return standardId != null;
    }
}
