package cx.touchpoint.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.InvalidInputException;
import cx.touchpoint.survey.ResponseIdTakenException;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's generic problem details, which name no field
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

    /**
     * A body that is not the JSON expected: 400 naming the field (its JSON path, e.g. {@code answers[0].expected})
     * and what was expected there, or {@code body} when the JSON itself is broken or missing.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        String field = "body";
        String message = cause == null ? "is missing or not JSON" : "is not valid JSON";
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping.getPath());
            if (ApiJson.NUL_MESSAGE.equals(mapping.getOriginalMessage())) {
                message = ApiJson.NUL_MESSAGE;
            } else if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                message = "must be " + expected(mismatch.getTargetType());
            } else {
                message = "cannot be read: " + mapping.getOriginalMessage();
            }
        } else if (cause instanceof JsonProcessingException processing) {
            message = "is not valid JSON: " + processing.getOriginalMessage();
        }
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The body is not the JSON expected (" + field + " " + message + ").");
        problem.setTitle("Unreadable body");
        problem.setProperty("errors", List.of(new FieldProblem(field, "", message)));
        return problem;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        var path = new StringBuilder();
        for (var reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number in range";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + (type == java.time.LocalDate.class ? "date (2026-05-13)" : "time with offset");
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
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

    /** A response id another account's response has: 409 with the problems (the other account only if visible). */
    @ExceptionHandler(ResponseIdTakenException.class)
    ProblemDetail responseIdTaken(ResponseIdTakenException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Response id in use");
        problem.setProperty("errors", e.fieldProblems());
        return problem;
    }

    /** The same Idempotency-Key with a different request: 422, nothing stored (IETF idempotency-key draft). */
    @ExceptionHandler(ApiRequests.KeyReusedException.class)
    ProblemDetail keyReused(ApiRequests.KeyReusedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Idempotency-Key reused");
        problem.setProperty("errors", List.of(new FieldProblem("Idempotency-Key", "", "was used for another request")));
        return problem;
    }

    /** A request with the same Idempotency-Key still in flight: 409 with Retry-After. */
    @ExceptionHandler(ApiRequests.KeyInFlightException.class)
    ResponseEntity<ProblemDetail> keyInFlight(ApiRequests.KeyInFlightException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Request in progress");
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem);
    }

    /** The request contradicts what is stored (e.g. POST of an account that exists: use PUT). */
    static class ApiConflict extends RuntimeException {
        ApiConflict(String message) {
            super(message);
        }
    }
}
