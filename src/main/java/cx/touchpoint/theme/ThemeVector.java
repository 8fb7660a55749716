package cx.touchpoint.theme;

/** An active theme's direction in embedding space: comments are assigned to the nearest one. */
record ThemeVector(long id, String name, boolean pinned, float[] centroid) {}
