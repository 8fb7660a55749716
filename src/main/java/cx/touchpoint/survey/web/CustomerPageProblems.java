package cx.touchpoint.survey.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The customer pages' own error pages: a form whose CSRF token was refused (opened long ago, cookies
 * cleared) and a request the pages never send (a tampered form), each in words a customer can act on.
 */
@ControllerAdvice(assignableTypes = {AnswerPage.class, DraftPage.class, CustomerPageProblems.class})
@org.springframework.stereotype.Controller
class CustomerPageProblems {

    static final String FORM_EXPIRED = "/customer/form-expired";

    @RequestMapping(FORM_EXPIRED)
    ModelAndView formExpired() {
        var page = new ModelAndView("customer/problem", HttpStatus.FORBIDDEN);
        page.addObject("title", "Please send the form again");
        page.addObject(
                "text",
                "We could not accept this form because it was opened too long ago or your browser did not keep our"
                        + " cookie. Nothing was saved. Go back, reload the page, and send it again.");
        return page;
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest() {
        var page = new ModelAndView("customer/problem", HttpStatus.BAD_REQUEST);
        page.addObject("title", "This form was not as we sent it");
        page.addObject(
                "text", "Nothing was saved. Please open the link from your mail again and fill in the form there.");
        return page;
    }
}
