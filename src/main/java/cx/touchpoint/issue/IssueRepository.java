package cx.touchpoint.issue;

import org.springframework.data.repository.ListCrudRepository;

interface IssueRepository extends ListCrudRepository<Issue, Long> {}
