package cx.touchpoint.review;

import cx.touchpoint.base.Figures;
import cx.touchpoint.gap.CueGaps;
import cx.touchpoint.gap.GapChain;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapKind;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.gap.StandardGap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Picks, for each of the six gaps, where it is widest, from the gap figures of the last three full
 * months that {@link GapService} computes.
 */
@Component
class ReviewGaps {

    private final GapService gaps;

    ReviewGaps(GapService gaps) {
        this.gaps = gaps;
    }

    List<ReviewGap> widest() {
        List<CueGaps> cues = gaps.cueGaps(GapFilter.DEFAULT).stream()
                .filter(cue -> cue.cueId() != null)
                .toList();
        List<GapChain> chains = gaps.gapChains(GapFilter.DEFAULT);
        List<ReviewGap> six = new ArrayList<>();
        six.add(worstCue(GapKind.KNOWLEDGE, cues, cue -> cue.knowledge().gap(), cue -> cue.knowledge()
                .estimates()));
        for (GapKind kind :
                List.of(GapKind.SPECIFICATION, GapKind.DELIVERY, GapKind.COMMUNICATION, GapKind.PERCEPTION)) {
            six.add(worstStandard(kind, chains));
        }
        six.add(worstCue(GapKind.SATISFACTION, cues, cue -> cue.satisfaction().gap(), cue -> cue.satisfaction()
                .answers()));
        return six;
    }

    private static ReviewGap worstCue(
            GapKind kind, List<CueGaps> cues, Function<CueGaps, Double> gap, Function<CueGaps, Long> count) {
        Optional<CueGaps> worst =
                cues.stream().filter(cue -> gap.apply(cue) != null).min(Comparator.comparing(gap));
        return worst.map(cue -> new ReviewGap(
                        kind.number(),
                        kind.title(),
                        cue.cueName(),
                        gap.apply(cue),
                        "points",
                        null,
                        count.apply(cue),
                        kind.countNoun(),
                        Figures.SCORE_DECIMALS))
                .orElseGet(() -> noData(kind));
    }

    private static ReviewGap worstStandard(GapKind kind, List<GapChain> chains) {
        record Candidate(GapChain chain, StandardGap gap) {}
        return chains.stream()
                .map(chain -> new Candidate(chain, chain.gap(kind)))
                // widest relative to its reference, so standards in different units compare
                .filter(c -> c.gap().shareOfReference() != null)
                .min(Comparator.comparing(c -> c.gap().shareOfReference()))
                .map(c -> new ReviewGap(
                        kind.number(),
                        kind.title(),
                        c.chain().name(),
                        c.gap().value(),
                        StandardGap.unitOfGap(c.chain().unit()),
                        c.gap().percentOfReference(),
                        c.gap().count(),
                        kind.countNoun(),
                        Figures.UNIT_DECIMALS))
                .orElseGet(() -> noData(kind));
    }

    private static ReviewGap noData(GapKind kind) {
        return new ReviewGap(kind.number(), kind.title(), "", null, "", null, 0, kind.countNoun(), 0);
    }
}
