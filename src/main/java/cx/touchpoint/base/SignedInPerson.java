package cx.touchpoint.base;

/**
 * The signed-in person as the shell shows them. {@code security} implements it, so the shell in
 * {@code base.ui} names nobody's security classes and {@code base} stays below {@code security}.
 */
public interface SignedInPerson {

    /** "Ann Lee" */
    String fullName();

    /** The role in words, e.g. "Team lead". */
    String roleLabel();
}
