package cx.touchpoint.gap.standard;

import org.springframework.data.repository.ListCrudRepository;

/** The service standard aggregate; a save checks {@code version}, so a stale edit fails. */
interface ServiceStandardRepository extends ListCrudRepository<ServiceStandard, Long> {}
