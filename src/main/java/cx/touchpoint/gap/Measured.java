package cx.touchpoint.gap;

/** A mean and how many values are behind it; {@code value} is {@code null} when {@code count} is 0. */
public record Measured(Double value, long count) {

    public boolean hasData() {
        return value != null;
    }
}
