package cx.touchpoint.survey.web;

import cx.touchpoint.survey.AnswerSheet;
import cx.touchpoint.survey.CustomerLinks;
import cx.touchpoint.survey.InvalidResponseException;
import cx.touchpoint.survey.LinkState;
import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.NewResponse.Answer.Part;
import cx.touchpoint.survey.ResponseForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer page a customer opens from the invitation ({@code /respond/<token>}): server-rendered
 * HTML, no login, no script needed. Sending posts the form to the same URL; the answers go through
 * {@link CustomerLinks#respond(String, AnswerSheet)} (once per link), then the browser is sent to the
 * thank-you page. A refused form comes back filled in, each problem beside its field, nothing stored.
 */
@Controller
class AnswerPage {

    /** One question as the page shows it: its number, text, the two 1-7 scales and the optional values. */
    record Question(
            int number,
            String text,
            String unit,
            CustomerForm.Field whole,
            CustomerForm.Field expected,
            CustomerForm.Field experienced,
            CustomerForm.Field expectedValue,
            CustomerForm.Field perceivedValue) {}

    static final List<Integer> SCORES = IntStream.rangeClosed(NewResponse.SCORE_MIN, NewResponse.SCORE_MAX)
            .boxed()
            .toList();
    static final List<Integer> NPS_SCORES = IntStream.rangeClosed(NewResponse.NPS_MIN, NewResponse.NPS_MAX)
            .boxed()
            .toList();

    private final CustomerLinks links;

    AnswerPage(CustomerLinks links) {
        this.links = links;
    }

    @GetMapping("/respond/{token}")
    ModelAndView show(@PathVariable String token) {
        var form = links.responseForm(token);
        if (form.state() != LinkState.OPEN) {
            return ClosedLink.page(form.state());
        }
        return page(token, form, CustomerForm.empty(), HttpStatus.OK);
    }

    @PostMapping("/respond/{token}")
    ModelAndView send(@PathVariable String token, @RequestParam Map<String, String> sent) {
        var form = links.responseForm(token);
        if (form.state() != LinkState.OPEN) {
            return ClosedLink.page(form.state());
        }
        List<AnswerSheet.Item> items = form.questions().stream()
                .map(q -> new AnswerSheet.Item(
                        q.itemId(),
                        sent.get(NewResponse.Answer.field(q.itemId(), Part.EXPECTED)),
                        sent.get(NewResponse.Answer.field(q.itemId(), Part.EXPERIENCED)),
                        sent.get(NewResponse.Answer.field(q.itemId(), Part.EXPECTED_VALUE)),
                        sent.get(NewResponse.Answer.field(q.itemId(), Part.PERCEIVED_VALUE))))
                .toList();
        var sheet = new AnswerSheet(
                items,
                form.asksNps() ? sent.get(NewResponse.NPS_FIELD) : null,
                form.asksComment() ? sent.get(NewResponse.COMMENT_FIELD) : null);
        try {
            LinkState state = links.respond(token, sheet);
            if (state != LinkState.OPEN) {
                return ClosedLink.page(state);
            }
            // Post/Redirect/Get: reloading the thank-you page does not send the form again
            return new ModelAndView("redirect:/respond/" + token + "/thanks");
        } catch (InvalidResponseException refused) {
            return page(token, form, CustomerForm.refused(sent, refused), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    /**
     * The reviewer's preview of a draft: the answer page exactly as recipients will see it, with the questions and
     * tone chosen now; it sends nothing (no submit button, the form only reloads the preview).
     */
    @GetMapping("/draft/{token}/preview")
    ModelAndView preview(@PathVariable String token) {
        var form = links.draftPreview(token);
        if (form.state() != LinkState.OPEN) {
            return ClosedLink.page(form.state());
        }
        var page = page(token, form, CustomerForm.empty(), HttpStatus.OK);
        page.addObject("preview", true);
        return page;
    }

    /** The thank-you page, for a link whose answers were stored; any other link shows its own page. */
    @GetMapping("/respond/{token}/thanks")
    ModelAndView thanks(@PathVariable String token) {
        var state = links.responseForm(token).state();
        if (state == LinkState.OPEN) {
            return new ModelAndView("redirect:/respond/" + token);
        }
        if (state != LinkState.USED) {
            return ClosedLink.page(state);
        }
        return new ModelAndView("customer/thanks");
    }

    private static ModelAndView page(String token, ResponseForm form, CustomerForm fields, HttpStatus status) {
        List<Question> questions = new ArrayList<>();
        int n = 1;
        for (var q : form.questions()) {
            long id = q.itemId();
            questions.add(new Question(
                    n++,
                    q.text(),
                    q.unit(),
                    fields.field(NewResponse.Answer.field(id, null)),
                    fields.field(NewResponse.Answer.field(id, Part.EXPECTED)),
                    fields.field(NewResponse.Answer.field(id, Part.EXPERIENCED)),
                    fields.field(NewResponse.Answer.field(id, Part.EXPECTED_VALUE)),
                    fields.field(NewResponse.Answer.field(id, Part.PERCEIVED_VALUE))));
        }
        var page = new ModelAndView("customer/answer", status);
        page.addObject("token", token);
        page.addObject("form", form);
        page.addObject("questions", questions);
        page.addObject("scores", SCORES);
        page.addObject("npsScores", NPS_SCORES);
        page.addObject("nps", fields.field(NewResponse.NPS_FIELD));
        page.addObject("comment", fields.field(NewResponse.COMMENT_FIELD));
        page.addObject("commentMax", NewResponse.COMMENT_MAX);
        page.addObject("summary", fields.summary());
        page.addObject("preview", false);
        return page;
    }
}
