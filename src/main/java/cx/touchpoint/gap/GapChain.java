package cx.touchpoint.gap;

import java.util.List;

/**
 * The links of one service standard, in the metric's unit: customer expectation → manager
 * understanding → standard → promise → actual → customer perception, and gaps 1-5 between them.
 */
public record GapChain(
        long standardId,
        String name,
        String cueName,
        String touchPointName,
        String unit,
        Direction direction,
        Measured customerExpectation,
        Measured managerEstimate,
        double standard,
        Measured promise,
        String promiseWording,
        Measured actual,
        Measured perception,
        List<StandardGap> gaps) {

    public StandardGap gap(GapKind kind) {
        return gaps.stream().filter(g -> g.kind() == kind).findFirst().orElseThrow();
    }
}
