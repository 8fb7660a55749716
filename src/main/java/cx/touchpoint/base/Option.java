package cx.touchpoint.base;

/** One choice in a list a person picks from: its id and the name they read. */
public record Option(long id, String name) {}
