package cx.touchpoint.survey.web;

import cx.touchpoint.survey.CustomerLinks;
import cx.touchpoint.survey.DraftReview;
import cx.touchpoint.survey.LinkState;
import cx.touchpoint.survey.SurveyLength;
import cx.touchpoint.survey.SurveyRuleException;
import cx.touchpoint.survey.Tone;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The survey draft as the customer contact reviews it before it is sent ({@code /draft/<token>}):
 * untick the questions that do not apply, choose the tone, leave a note, approve or save. Server-rendered,
 * no login, no script needed; the feedback goes through {@link CustomerLinks#reviewDraft}.
 */
@Controller
class DraftPage {

    /** One question to keep or remove. */
    record Choice(long itemId, String text, boolean kept) {}

    /** One tone to choose. */
    record ToneChoice(String value, String label, String example, boolean chosen) {}

    private final CustomerLinks links;

    DraftPage(CustomerLinks links) {
        this.links = links;
    }

    @GetMapping("/draft/{token}")
    ModelAndView show(@PathVariable String token, @RequestParam(required = false) String done) {
        DraftReview draft = links.draft(token);
        if (draft.state() != LinkState.OPEN) {
            return ClosedLink.page(draft.state());
        }
        Set<Long> kept = draft.items().stream()
                .filter(i -> i.kept())
                .map(i -> i.itemId())
                .collect(Collectors.toSet());
        var page = page(
                token,
                draft,
                kept,
                draft.tone(),
                new CustomerForm(Map.of(DraftReview.NOTE_FIELD, draft.note())),
                HttpStatus.OK);
        page.addObject("done", "approved".equals(done) || "saved".equals(done) ? done : null);
        return page;
    }

    @PostMapping("/draft/{token}")
    ModelAndView send(
            @PathVariable String token,
            @RequestParam(name = DraftReview.KEEP_FIELD, required = false) List<String> keep,
            @RequestParam(name = DraftReview.TONE_FIELD, required = false) String tone,
            @RequestParam(name = DraftReview.NOTE_FIELD, required = false) String note,
            @RequestParam(required = false) String action) {
        DraftReview draft = links.draft(token);
        if (draft.state() != LinkState.OPEN) {
            return ClosedLink.page(draft.state());
        }
        Set<Long> kept = keep == null
                ? Set.of()
                : keep.stream()
                        .filter(k -> k.matches("\\d{1,18}"))
                        .map(Long::valueOf)
                        .collect(Collectors.toSet());
        Tone chosen = Arrays.stream(Tone.values())
                .filter(t -> t.name().equals(tone))
                .findFirst()
                .orElse(null);
        boolean approve = "approve".equals(action);
        try {
            links.reviewDraft(token, List.copyOf(kept), chosen, note, approve);
            // Post/Redirect/Get: a reload shows the saved draft instead of sending it again
            return new ModelAndView("redirect:/draft/" + token + "?done=" + (approve ? "approved" : "saved"));
        } catch (SurveyRuleException refused) {
            Map<String, String> sent = new HashMap<>();
            sent.put(DraftReview.NOTE_FIELD, note == null ? "" : note);
            return page(
                    token, draft, kept, chosen, CustomerForm.refused(sent, refused), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private static ModelAndView page(
            String token, DraftReview draft, Set<Long> kept, Tone tone, CustomerForm fields, HttpStatus status) {
        var page = new ModelAndView("customer/draft", status);
        page.addObject("token", token);
        page.addObject("draft", draft);
        page.addObject(
                "choices",
                draft.items().stream()
                        .map(i -> new Choice(i.itemId(), i.question(), kept.contains(i.itemId())))
                        .toList());
        page.addObject(
                "tones",
                Arrays.stream(Tone.values())
                        .map(t -> new ToneChoice(
                                t.name(),
                                t.label(),
                                t.greeting(draft.reviewer().split(" ")[0]) + " " + t.invitation(),
                                t == tone))
                        .toList());
        // the length for every count of kept questions, so customer.js can say it as boxes are ticked
        page.addObject(
                "lengths",
                IntStream.rangeClosed(0, draft.items().size())
                        .mapToObj(k -> SurveyLength.of(k).text())
                        .collect(Collectors.joining("|")));
        page.addObject("keep", fields.field(DraftReview.KEEP_FIELD));
        page.addObject("tone", fields.field(DraftReview.TONE_FIELD));
        page.addObject("note", fields.field(DraftReview.NOTE_FIELD));
        page.addObject("noteMax", DraftReview.NOTE_MAX);
        page.addObject("summary", fields.summary());
        return page;
    }
}
