package cx.touchpoint.theme;

/** A theme change refused by a rule (a name in use, a theme that changed meanwhile); the message says why. */
public class ThemeRuleException extends RuntimeException {
    public ThemeRuleException(String message) {
        super(message);
    }
}
