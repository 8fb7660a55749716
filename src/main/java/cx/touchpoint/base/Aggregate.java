package cx.touchpoint.base;

import org.springframework.data.domain.Persistable;

/**
 * A Spring Data JDBC aggregate root kept as a record with a generated {@code id} and an
 * {@code @Version}: it is new while it has no id. (Spring Data would otherwise call a primitive
 * version of 0 new, and rows stored before versions were counted have version 0.)
 */
public interface Aggregate extends Persistable<Long> {

    /** The generated id; null until stored. */
    Long id();

    @Override
    default Long getId() {
        return id();
    }

    @Override
    default boolean isNew() {
        return id() == null;
    }
}
