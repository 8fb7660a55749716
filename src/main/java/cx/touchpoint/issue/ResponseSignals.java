package cx.touchpoint.issue;

import cx.touchpoint.base.KeywordMatcher;
import cx.touchpoint.base.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The auto-creation thresholds: an experienced score at or below {@value #LOW_SCORE_MAX}, an NPS
 * detractor (0-{@value #DETRACTOR_MAX}) or a comment with a complaint keyword. Several signals on
 * the same cue and touch point become one.
 */
final class ResponseSignals {

    static final int LOW_SCORE_MAX = 3;
    static final int DETRACTOR_MAX = 6;
    private static final int STRONG_DETRACTOR_MAX = 3;
    private static final int EXCERPT_MAX = 4000;

    private ResponseSignals() {}

    static List<Signal> of(StoredResponse response, List<String> complaintKeywords) {
        String comment = response.comment() == null ? "" : response.comment().trim();
        boolean detractor = response.nps() != null && response.nps() <= DETRACTOR_MAX;
        boolean strongDetractor = response.nps() != null && response.nps() <= STRONG_DETRACTOR_MAX;
        String keyword = firstKeyword(comment, complaintKeywords);
        String context = context(response, comment);
        Map<List<Object>, Signal> signals = new LinkedHashMap<>();
        for (var answer : response.answers()) {
            if (answer.experienced() <= LOW_SCORE_MAX) {
                Severity severity = answer.experienced() <= 2 ? Severity.HIGH : Severity.MEDIUM;
                if (strongDetractor) {
                    severity = severity.max(Severity.HIGH == severity ? Severity.CRITICAL : Severity.HIGH);
                }
                var signal = new Signal(
                        answer.cueId(),
                        answer.touchPointId(),
                        severity,
                        "Low " + answer.cueName().toLowerCase(Locale.ENGLISH) + " score at " + response.accountName()
                                + ": " + answer.experienced() + "/7",
                        answer.cueName() + ": experienced " + answer.experienced() + ", expected " + answer.expected()
                                + "." + context);
                signals.merge(List.of(answer.cueId(), Objects.toString(answer.touchPointId())), signal, Signal::merge);
            }
        }
        if (signals.isEmpty() && (detractor || keyword != null)) {
            var lowest = response.answers().stream().findFirst();
            Long cue = lowest.map(StoredResponse.Answer::cueId).orElse(null);
            Long touchPoint = lowest.map(StoredResponse.Answer::touchPointId).orElse(response.touchPointId());
            String title = detractor
                    ? "Detractor at " + response.accountName() + ": NPS " + response.nps()
                    : "Complaint (\"" + keyword + "\") in a survey comment from " + response.accountName();
            Severity severity = strongDetractor ? Severity.HIGH : Severity.MEDIUM;
            signals.put(List.of(), new Signal(cue, touchPoint, severity, title, context.trim()));
        }
        return new ArrayList<>(signals.values());
    }

    static String firstKeyword(String text, List<String> keywords) {
        return KeywordMatcher.firstMatch(text, keywords).orElse(null);
    }

    private static String context(StoredResponse response, String comment) {
        String nps = response.nps() == null ? "" : " NPS " + response.nps() + ".";
        String text = comment.isEmpty() ? "" : " Comment: \"" + comment + "\"";
        String all = nps + text;
        return Text.shorten(all, EXCERPT_MAX - 200);
    }
}
