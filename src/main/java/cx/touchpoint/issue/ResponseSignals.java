package cx.touchpoint.issue;

import cx.touchpoint.base.KeywordMatcher;
import cx.touchpoint.base.Nps;
import cx.touchpoint.base.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The signals of one response, each on its own: every experienced score at or below
 * {@value #LOW_SCORE_MAX}, the comment when it has a complaint keyword or explains an unhappy answer,
 * and the detractor answer ({@link Nps#detractor}). Their severities are the {@link SeverityRule}'s.
 */
final class ResponseSignals {

    static final int LOW_SCORE_MAX = 3;
    private static final int EXCERPT_MAX = 3800;
    private static final int COMMENT_IN_TITLE = 60;

    private ResponseSignals() {}

    static List<Signal> of(StoredResponse response, List<String> complaintKeywords, SeverityRule severity) {
        String comment = response.comment() == null ? "" : response.comment().trim();
        String quoted = comment.isEmpty() ? "" : " Comment: \"" + comment + "\"";
        List<Signal> signals = new ArrayList<>();
        for (var answer : response.answers()) {
            if (answer.experienced() <= LOW_SCORE_MAX) {
                String cue = answer.cueName().toLowerCase(Locale.ENGLISH);
                signals.add(new Signal(
                        Signal.Kind.LOW_SCORE,
                        answer.cueId(),
                        answer.touchPointId(),
                        severity.ofLowScore(answer.experienced()),
                        answer.experienced(),
                        cue + " " + answer.experienced() + "/7",
                        answer.cueName() + ": experienced " + answer.experienced() + ", expected " + answer.expected()
                                + "."));
            }
        }
        boolean detractor = response.nps() != null && Nps.detractor(response.nps());
        String keyword = firstKeyword(comment, complaintKeywords);
        // a comment is its own signal when it complains, or when it explains an unhappy answer
        if (keyword != null || (!comment.isEmpty() && (detractor || !signals.isEmpty()))) {
            signals.add(new Signal(
                    Signal.Kind.COMMENT,
                    null,
                    response.touchPointId(),
                    keyword != null ? severity.ofComplaintWord() : Severity.LOW,
                    0,
                    keyword != null
                            ? "\u201c" + keyword.replace("*", "") + "\u201d in the comment"
                            : "\u201c" + Text.shorten(comment, COMMENT_IN_TITLE) + "\u201d",
                    Text.shorten(quoted.trim(), EXCERPT_MAX)));
        }
        if (detractor) {
            signals.add(new Signal(
                    Signal.Kind.DETRACTOR,
                    null,
                    response.touchPointId(),
                    severity.ofDetractor(response.nps()),
                    response.nps(),
                    "detractor, NPS " + response.nps(),
                    // a detractor's comment is a signal of its own, with the comment as its evidence
                    "Likelihood to recommend " + response.nps() + "/10."));
        }
        return signals;
    }

    static String firstKeyword(String text, List<String> keywords) {
        return KeywordMatcher.firstMatch(text, keywords).orElse(null);
    }
}
