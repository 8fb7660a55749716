package cx.touchpoint.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** The schema's codes for named things ({@code ^[a-z_]{2,40}$}): made once from the first name, then kept. */
public final class Codes {

    private Codes() {}

    /** A code from {@code name} (lower-case letters and underscores), with a suffix while {@code taken} says so. */
    public static String from(String name, String fallback, Predicate<String> taken) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]+", "_")
                .replaceAll("^_+|_+$", "");
        if (base.length() < 2) {
            base = fallback;
        }
        base = base.substring(0, Math.min(base.length(), 36));
        String code = base;
        for (char suffix = 'a'; taken.test(code); suffix++) {
            code = base + "_" + suffix;
        }
        return code;
    }
}
