package cx.touchpoint.gap;

import cx.touchpoint.insight.DriverAnalysis;
import java.util.List;

/** The cues in the order to fix them, and the key-driver analysis behind their importance (R², n, or why none). */
public record CuePriorities(DriverAnalysis drivers, List<CuePriority> cues) {}
