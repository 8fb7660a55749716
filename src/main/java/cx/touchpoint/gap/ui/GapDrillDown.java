package cx.touchpoint.gap.ui;

import cx.touchpoint.gap.CueGaps;
import cx.touchpoint.gap.GapChain;
import cx.touchpoint.gap.GapChoices;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapSelection;
import cx.touchpoint.gap.GapService;
import java.util.List;
import java.util.Objects;

/** Opens the answers behind a clicked gap, titled with the cue, touch point or standard it is about. */
class GapDrillDown {

    private final GapService service;
    private final GapChoices choices;
    private GapFilter filter = GapFilter.DEFAULT;
    private List<CueGaps> cues = List.of();
    private List<GapChain> chains = List.of();

    GapDrillDown(GapService service, GapChoices choices) {
        this.service = service;
        this.choices = choices;
    }

    void show(GapFilter filter, List<CueGaps> cues, List<GapChain> chains) {
        this.filter = filter;
        this.cues = cues;
        this.chains = chains;
    }

    void open(GapSelection selection) {
        new AnswersDialog(service, filter, selection, title(selection)).open();
    }

    String title(GapSelection selection) {
        if (selection.standardId() != null) {
            return "Answers behind "
                    + chains.stream()
                            .filter(c -> c.standardId() == selection.standardId())
                            .map(GapChain::name)
                            .findFirst()
                            .orElse("the standard");
        }
        String cue = cues.stream()
                .filter(c -> Objects.equals(c.cueId(), selection.cueId()))
                .map(CueGaps::cueName)
                .findFirst()
                .orElse("all cues");
        if (selection.anyTouchPoint()) {
            return "Answers behind the " + cue + " gap";
        }
        String touchPoint = selection.touchPointId() == null
                ? "whole relationship"
                : choices.touchPoints().stream()
                        .filter(o -> o.id() == selection.touchPointId())
                        .map(o -> o.name())
                        .findFirst()
                        .orElse("touch point");
        return "Answers behind the " + cue + " gap (" + touchPoint + ")";
    }
}
