package cx.touchpoint.security;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);
}
