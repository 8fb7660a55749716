package cx.touchpoint.security;

import static cx.touchpoint.security.Role.ACCOUNT_EXECUTIVE;
import static cx.touchpoint.security.Role.ADMIN;
import static cx.touchpoint.security.Role.EXECUTIVE;
import static cx.touchpoint.security.Role.SPECIALIST;
import static cx.touchpoint.security.Role.TEAM_LEAD;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what: the one table of the product's permissions (shared/STYLE.md rule 19). A public
 * service method names the permission it needs with {@link Requires}; views ask {@link
 * PermissionPolicy#may(Permission)} what to show. Adding a permission is one constant here; rules that
 * depend on the data (a specialist's team, an account executive's book) live in {@link PermissionPolicy}.
 */
public enum Permission {
    /** Anyone, signed in or not: customers answering a survey, jobs, the demo loader, sign-in itself. */
    UNRESTRICTED(EnumSet.allOf(Role.class), true),
    /** Every signed-in person, whatever their role: their own profile, choices for forms. */
    SIGNED_IN(EnumSet.allOf(Role.class)),
    /** Customer segments and their movement (account executives: their own book). */
    READ_SEGMENTS(EnumSet.of(EXECUTIVE, ACCOUNT_EXECUTIVE)),
    /** The six value gaps, service standards and their actuals (account executives: their own book). */
    READ_GAPS(EnumSet.of(EXECUTIVE, ACCOUNT_EXECUTIVE, TEAM_LEAD, ADMIN)),
    /** Accounts, their detail and CSV export (account executives: their own book). */
    READ_ACCOUNTS(EnumSet.of(EXECUTIVE, ACCOUNT_EXECUTIVE, TEAM_LEAD)),
    /** The quarterly experience review, held before the financials. */
    READ_REVIEW(EnumSet.of(EXECUTIVE)),
    /** Reading the issue board (specialists: their team's issues and those assigned to them). */
    READ_ISSUES(EnumSet.of(EXECUTIVE, TEAM_LEAD, SPECIALIST, ADMIN)),
    /** Raising an issue by hand about a customer account (executives too: they often hear of a problem first). */
    RAISE_ISSUE(EnumSet.of(EXECUTIVE, TEAM_LEAD, SPECIALIST, ADMIN)),
    /** Working issues: status, comments, severity, taking one (scope: {@link PermissionPolicy#mayChangeIssue}). */
    WORK_ISSUES(EnumSet.of(TEAM_LEAD, SPECIALIST, ADMIN)),
    /** Triage: assigning others and re-routing to another team. */
    TRIAGE_ISSUES(EnumSet.of(TEAM_LEAD, ADMIN)),
    /** Managers' beliefs about what customers expect (gap 1). */
    ESTIMATE_EXPECTATIONS(EnumSet.of(ACCOUNT_EXECUTIVE, TEAM_LEAD)),
    /** Service standards, actuals and promises (team leads: their team's standards). */
    EDIT_STANDARDS(EnumSet.of(TEAM_LEAD, ADMIN)),
    /** Segment thresholds. */
    EDIT_THRESHOLDS(EnumSet.of(EXECUTIVE, ADMIN)),
    /** Routing rules and complaint keywords. */
    EDIT_ROUTING(EnumSet.of(ADMIN)),
    /** Preparing, sharing, sending and following surveys (account executives: their own book). */
    PREPARE_SURVEYS(EnumSet.of(ACCOUNT_EXECUTIVE, ADMIN)),
    /**
     * Reading the working customer links (answer, draft review, unsubscribe) in a mail held in the outbox for
     * lack of an SMTP server. Admins only: they run mail delivery (configure SMTP, or deliver a held mail by
     * hand); an account executive, whose book the answers judge, must not be able to answer as their customer.
     * Sent mails keep no link for anyone.
     */
    SEE_HELD_MAIL_LINKS(EnumSet.of(ADMIN)),
    /**
     * Bringing data in from other systems: CSV import of accounts, contacts and responses, and the REST API's
     * responses and touch-point events (account executives: their own book).
     */
    IMPORT_DATA(EnumSet.of(ACCOUNT_EXECUTIVE, ADMIN)),
    /** Users, teams, books of accounts, reference data, the audit log. */
    ADMINISTER(EnumSet.of(ADMIN));

    private final Set<Role> roles;
    private final boolean anonymous;

    Permission(Set<Role> roles) {
        this(roles, false);
    }

    Permission(Set<Role> roles, boolean anonymous) {
        this.roles = roles;
        this.anonymous = anonymous;
    }

    /** Whether a person of this role holds the permission. */
    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }

    /** Whether the permission needs no signed-in user at all. */
    public boolean anonymous() {
        return anonymous;
    }
}
