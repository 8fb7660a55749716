package cx.touchpoint.gap;

import java.time.LocalDate;

/** One customer answer behind a gap, with the response's comment. Values in the standard's unit may be null. */
public record AnswerBehindGap(
        long responseId,
        LocalDate answeredOn,
        String accountName,
        String touchPointName,
        String cueName,
        String question,
        int expected,
        int experienced,
        Double expectedValue,
        Double perceivedValue,
        String comment) {

    public int gap() {
        return experienced - expected;
    }
}
