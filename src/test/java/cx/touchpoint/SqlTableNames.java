package cx.touchpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables and views that the SQL in one Java source file names: its string literals (text blocks too, and the
 * name in {@code @Table("…")}) read as SQL, a name counting where SQL puts a relation — after {@code from},
 * {@code join}, {@code update}, {@code into}, {@code copy}, {@code table} or in a {@code from a, b} list.
 */
final class SqlTableNames {

    private static final Pattern LITERAL =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("[a-z_][a-z0-9_]*|\\S");
    private static final Pattern SQL = Pattern.compile(
            "\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|\\bupdate\\s+\\w+\\s+(\\w+\\s+)?set\\b|\\bdelete from\\b|\\bcopy\\s+\\w+",
            Pattern.DOTALL);
    private static final Set<String> BEFORE_RELATION =
            Set.of("from", "join", "update", "into", "copy", "table", "only");
    /** Words after which a comma no longer continues a {@code from} list. */
    private static final Set<String> END_OF_FROM_LIST =
            Set.of("select", "where", "(", ")", "on", "set", "values", "by", "group", "order", "having", "limit");

    /** Words before a relation that is written: insert into, update, delete from, copy, truncate/alter table. */
    private static final Set<String> BEFORE_WRITTEN = Set.of("into", "update", "copy", "table");

    /** How SQL names a relation: reads it, or also writes it somewhere in the file. */
    enum Access {
        READ,
        WRITE
    }

    private SqlTableNames() {}

    /** The {@code known} relations that the SQL of {@code javaSource} names, in order of appearance. */
    static Map<String, Access> in(String javaSource, Set<String> known) {
        var names = new LinkedHashMap<String, Access>();
        var sql = new StringBuilder();
        Matcher literal = LITERAL.matcher(javaSource);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            String before = javaSource.substring(Math.max(0, literal.start() - 7), literal.start());
            if (before.endsWith("@Table(") && known.contains(text)) {
                names.put(text, Access.WRITE);
            } else {
                sql.append(' ').append(text);
            }
        }
        String all = sql.toString().toLowerCase(Locale.ROOT);
        if (!SQL.matcher(all).find()) {
            return names;
        }
        List<String> tokens = TOKEN.matcher(all)
                .results()
                .map(java.util.regex.MatchResult::group)
                .toList();
        for (int i = 1; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!known.contains(token)
                    || (i + 1 < tokens.size() && tokens.get(i + 1).equals("."))) {
                continue;
            }
            String previous = tokens.get(i - 1);
            if (BEFORE_RELATION.contains(previous) || (previous.equals(",") && inFromList(tokens, i - 1))) {
                boolean written = BEFORE_WRITTEN.contains(previous)
                        || (previous.equals("from")
                                && i >= 2
                                && tokens.get(i - 2).equals("delete"));
                names.merge(token, written ? Access.WRITE : Access.READ, (a, b) -> a == Access.WRITE ? a : b);
            }
        }
        return names;
    }

    private static boolean inFromList(List<String> tokens, int comma) {
        for (int j = comma - 1; j >= Math.max(0, comma - 12); j--) {
            String token = tokens.get(j);
            if (token.equals("from")) {
                return true;
            }
            if (END_OF_FROM_LIST.contains(token)) {
                return false;
            }
        }
        return false;
    }
}
