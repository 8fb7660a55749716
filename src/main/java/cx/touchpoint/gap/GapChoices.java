package cx.touchpoint.gap;

import cx.touchpoint.base.FilterOptions;
import cx.touchpoint.base.Option;
import java.util.List;

/** The choices of the gap view's filters: the account filter's and the touch points. */
public record GapChoices(FilterOptions accounts, List<Option> touchPoints) {}
