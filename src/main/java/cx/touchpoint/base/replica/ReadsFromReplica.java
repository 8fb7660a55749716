package cx.touchpoint.base.replica;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The read-only transactions of this service (or method) may be served by the read replica
 * ({@code spring.datasource.replica.*}), when one is configured, reachable and no further behind than
 * {@code spring.datasource.replica.max-lag}; otherwise by the primary, as without a replica. Only for reads whose
 * figures may be a few seconds old — the dashboards. Writes, and screens that must show a change just made (the
 * board, forms, detail panels), stay on the primary by not carrying it: a read-only transaction without it goes to
 * the primary too. On a method, {@code @ReadsFromReplica(false)} keeps one method of a marked service on the primary
 * (a form that shows what was just saved).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadsFromReplica {

    /** False on a method of a marked service: that method reads from the primary. */
    boolean value() default true;
}
