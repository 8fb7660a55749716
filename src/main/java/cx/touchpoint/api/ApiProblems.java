package cx.touchpoint.api;

import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.InvalidInputException;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the REST API as {@code application/problem+json} (RFC 9457). A refused body is 400 with
 * {@code errors}: one {@code {field, value, message}} per problem; nothing of it was stored.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request was refused; nothing was stored.");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", e.fieldProblems());
        return problem;
    }

    /** Any other refusal of a service (a survey rule, a database constraint): 400 with its problems. */
    @ExceptionHandler(InvalidInput.class)
    ProblemDetail refused(InvalidInput e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request was refused; nothing was stored.");
        problem.setTitle("Invalid input");
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> new FieldProblem(p.field() == null ? "" : p.field(), "", p.message()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The body is not the JSON expected: "
                        + (e.getMostSpecificCause() == null
                                ? e.getMessage()
                                : e.getMostSpecificCause().getMessage()));
        problem.setTitle("Unreadable body");
        return problem;
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ProblemDetail badParameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Parameter " + name + " is not valid.");
        problem.setProperty("errors", List.of(new FieldProblem(name, "", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(ApiConflict.class)
    ProblemDetail conflict(ApiConflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** The request contradicts what is stored (e.g. POST of an account that exists: use PUT). */
    static class ApiConflict extends RuntimeException {
        ApiConflict(String message) {
            super(message);
        }
    }
}
