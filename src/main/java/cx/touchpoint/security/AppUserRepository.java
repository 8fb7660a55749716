package cx.touchpoint.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select count(*) from app_user where enabled and not demo")
    long countEnabledRealUsers();

    /**
     * Holds the first-admin lock of this schema until the transaction ends (a PostgreSQL advisory lock): two
     * simultaneous setups queue here, and the second then sees the first one's admin (issue #19 finding 5).
     */
    @Query("select true from (select pg_advisory_xact_lock(hashtext(current_schema() || '.first-admin'))) held")
    boolean lockFirstAdminSetup();

    @Query("select count(*) from app_user where email = :email and id <> coalesce(:id, -1)")
    long countOtherWithEmail(@Param("email") String email, @Param("id") Long id);

    @Query("select * from app_user where demo and enabled <> :enabled order by username")
    List<AppUser> demoUsersNot(@Param("enabled") boolean enabled);

    @Modifying
    @Query("update app_user set enabled = :enabled, version = version + 1 where demo and enabled <> :enabled")
    int setDemoUsersEnabled(@Param("enabled") boolean enabled);
}
