package cx.touchpoint.survey;

import java.util.Map;

/**
 * The contact policy and programme settings an admin may change.
 *
 * @param quietDays days between two surveys of the same pattern to one contact (0-730)
 * @param accountCap most invitations to one account's contacts per 30 days (1-100)
 * @param reminderAfterDays days after sending when non-responders get the one reminder (1-60)
 * @param linkValidDays days a response link stays valid (1-365)
 */
public record SurveySettings(
        Map<SurveyPattern, Integer> quietDays, int accountCap, int reminderAfterDays, int linkValidDays, int version) {

    public static final int QUIET_DAYS_MAX = 730;
    public static final int ACCOUNT_CAP_MAX = 100;
    public static final int REMINDER_DAYS_MAX = 60;
    public static final int LINK_DAYS_MAX = 365;

    public SurveySettings {
        quietDays = Map.copyOf(quietDays);
    }

    /** The settings in one line, as the audit log keeps them. */
    public String describe() {
        var quiet = new StringBuilder();
        for (SurveyPattern pattern : SurveyPattern.values()) {
            if (quietDays.containsKey(pattern)) {
                quiet.append(quiet.isEmpty() ? "" : ", ")
                        .append(pattern.label())
                        .append(' ')
                        .append(quietDays.get(pattern))
                        .append(" days");
            }
        }
        return "quiet period: " + quiet + " · at most " + accountCap + " invitations per account per 30 days"
                + " · reminder after " + reminderAfterDays + " days · links valid " + linkValidDays + " days";
    }
}
