package cx.touchpoint.issue.routing;

import org.springframework.data.repository.ListCrudRepository;

/** The routing-rule aggregate; saves and deletes check {@code version}, so a stale edit fails. */
interface RoutingRuleRepository extends ListCrudRepository<RoutingRule, Long> {}
