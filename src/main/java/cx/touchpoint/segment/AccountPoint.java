package cx.touchpoint.segment;

import java.math.BigDecimal;

/** One scored account on the segment scatter. */
public record AccountPoint(long accountId, String name, Segment segment, double score, BigDecimal revenue) {}
