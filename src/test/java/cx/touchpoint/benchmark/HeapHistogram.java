package cx.touchpoint.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;

/** Class histograms of the live heap (the JVM's GC.class_histogram, which runs a full GC first). */
final class HeapHistogram {

    private static final int TOP = 60;

    private HeapHistogram() {}

    /** Instances and bytes per class name. */
    static Map<String, long[]> live() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return classes;
    }

    /** The classes that grew most, per session: instances and bytes, largest first. */
    static String perSession(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        var report = new StringBuilder("| class | instances per session | bytes per session |\n| --- | --- | --- |\n");
        after.entrySet().stream()
                .map(e -> {
                    long[] was = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
                })
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
                        .reversed())
                .limit(TOP)
                .forEach(e -> report.append(String.format(
                        Locale.ENGLISH,
                        "| %s | %.1f | %.0f |%n",
                        e.getKey(),
                        e.getValue()[0] / (double) sessions,
                        e.getValue()[1] / (double) sessions)));
        return report.toString();
    }
}
