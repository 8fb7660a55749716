package cx.touchpoint.gap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks and stores a manager's estimate of the relationship-survey items: all items, or nothing. */
@Component
class ManagerEstimates {

    private final EstimateRepository repository;
    private final Clock clock;

    ManagerEstimates(EstimateRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    List<EstimateItem> items(long userId) {
        return repository.items(userId);
    }

    LocalDate save(long userId, List<EstimateAnswer> answers) {
        List<EstimateItem> items = repository.items(userId);
        if (items.isEmpty()) {
            throw new ChangeRejected("There is no active relationship survey to estimate.");
        }
        Map<Long, EstimateAnswer> byItem =
                answers.stream().collect(Collectors.toMap(EstimateAnswer::itemId, Function.identity(), (a, b) -> b));
        for (EstimateItem item : items) {
            check(item, byItem.get(item.itemId()));
        }
        if (byItem.size() != items.size()) {
            throw new ChangeRejected("The estimate names an item that is not in the relationship survey.");
        }
        LocalDate today = LocalDate.now(clock);
        repository.replace(
                userId,
                today,
                items.stream().map(item -> byItem.get(item.itemId())).toList());
        return today;
    }

    private static void check(EstimateItem item, EstimateAnswer answer) {
        String where = " for “" + item.question() + "”";
        if (answer == null || answer.expected() == null) {
            throw new ChangeRejected("Choose what customers expect (1-7)" + where + ".");
        }
        if (answer.expected() < EstimateAnswer.MIN || answer.expected() > EstimateAnswer.MAX) {
            throw new ChangeRejected("What customers expect is rated 1 to 7" + where + ".");
        }
        if (item.linkedToStandard()) {
            MetricValue.check(
                    answer.expectedValue(), item.unit(), "the value customers expect in " + item.unit() + where);
        } else if (answer.expectedValue() != null) {
            throw new ChangeRejected("Only items linked to a service standard take an expected value" + where + ".");
        }
    }
}
