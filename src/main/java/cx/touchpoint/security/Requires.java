package cx.touchpoint.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a public service method needs, enforced before the method runs (by {@link
 * PermissionEnforcement}): a caller without it gets {@link org.springframework.security.access.AccessDeniedException}.
 * On a class, the default for its public methods; a method's own annotation wins. Every public method of a
 * {@code @Service} must have one (the access matrix test fails otherwise: deny by default).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Requires {
    Permission value();
}
