package cx.touchpoint.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A name is one line of text: no control character (CR, LF, tab, the other C0 and C1 controls, DEL) and no Unicode
 * line or paragraph separator (issue #19 finding 10: user full names and template names took CR/LF). The one
 * definition: records carry the annotation, hand-written checks call {@link Check#refuses}, and migration V221 puts the
 * same character class into CHECK constraints ({@link #SQL_CLASS}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SingleLine.Check.class)
public @interface SingleLine {

    /** The characters refused, as a Java pattern. */
    Pattern REFUSED = Pattern.compile("[\\x{00}-\\x{1f}\\x{7f}-\\x{9f}\\x{2028}\\x{2029}]");

    /** The same class in PostgreSQL's regular expressions (a text column cannot hold NUL). */
    String SQL_CLASS = "[\\x01-\\x1f\\x7f-\\x9f\\u2028\\u2029]";

    /** The message, after the field's label. */
    String MESSAGE = "must be one line, without line breaks, tabs or other control characters.";

    String message() default "Must be one line, without line breaks, tabs or other control characters.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The Bean Validation side of the rule. */
    class Check implements ConstraintValidator<SingleLine, String> {

        /** Whether {@code text} holds a character a name may not (null and "" hold none). */
        public static boolean refuses(String text) {
            return text != null && REFUSED.matcher(text).find();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !refuses(value);
        }
    }
}
