package cx.touchpoint.gap.standard;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Promises made to customers about service standards; saves and deletes check {@code version}. */
interface PromiseRepository extends ListCrudRepository<StandardPromise, Long> {

    @Query(
            """
            select * from standard_promise where standard_id = :standardId
            order by valid_from desc, id desc offset :offset limit :limit""")
    List<StandardPromise> page(long standardId, int offset, int limit);
}
