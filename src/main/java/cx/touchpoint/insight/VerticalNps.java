package cx.touchpoint.insight;

/** One vertical market's NPS this quarter against last quarter, and whether it really moved. */
public record VerticalNps(String verticalMarket, Comparison change) {}
