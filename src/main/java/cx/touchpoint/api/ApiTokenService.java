package cx.touchpoint.api;

import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.InvalidInputException;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.security.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: each user creates, names and revokes their own. A token is 256 random bits,
 * shown once at creation; only its SHA-256 is stored, with the time it was last used. The REST API
 * signs in with HTTP Basic: username and token. In demo mode the demo creates for each demo user the
 * token {@code demo-<username>} through {@link #createDemoToken()}.
 */
@Service
@Transactional
@Requires(Permission.UNRESTRICTED)
public class ApiTokenService {

    public static final int NAME_MAX = 80;
    static final String DEMO_PREFIX = "demo-";
    public static final String DEMO_TOKEN_NAME = "Demo token";

    private final ApiTokens tokens;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokens tokens, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The company time zone, in which token times are shown. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** The signed-in user's tokens, active first. */
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.of(currentUser.require().id());
    }

    /**
     * Creates a token for the signed-in user and returns it: the only time it can be read.
     *
     * @throws InvalidInputException when the name is empty, longer than {@value #NAME_MAX} or in use
     */
    @Transactional
    public String create(String name) {
        long user = currentUser.require().id();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("name", n, "must have 1 to " + NAME_MAX + " characters")));
        }
        if (tokens.nameTaken(user, n)) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("name", n, "is already the name of one of your tokens")));
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "tp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.create(user, n, hash(token), clock.instant());
        return token;
    }

    /**
     * Gives the signed-in demo user (demo users exist, enabled, only while demo mode is on) the documented token {@code demo-<username>}, stored like
     * any other (as its hash, named {@value #DEMO_TOKEN_NAME}: listed on the profile, revocable, revoked by a
     * password reset). Once only: a user who has a token of that name, revoked or not, gets none again.
     *
     * @return whether a token was created (false for users who are not demo users, or when the user had it
     *     already)
     */
    @Transactional
    @Requires(Permission.SIGNED_IN)
    public boolean createDemoToken() {
        var user = currentUser.require();
        if (!tokens.demoUser(user.id()) || tokens.nameTaken(user.id(), DEMO_TOKEN_NAME)) {
            return false;
        }
        tokens.create(user.id(), DEMO_TOKEN_NAME, hash(DEMO_PREFIX + user.username()), clock.instant());
        return true;
    }

    /** Revokes one of the signed-in user's tokens; requests with it are refused from now on. */
    @Transactional
    public boolean revoke(long tokenId) {
        return tokens.revoke(currentUser.require().id(), tokenId, clock.instant());
    }

    /** The user a username and token sign in, if the token is theirs, not revoked, and the user enabled. */
    @Transactional
    public Optional<SignedInUser> authenticate(String username, String token) {
        if (username == null || token == null) {
            return Optional.empty();
        }
        return tokens.use(username, hash(token), clock.instant());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
