package cx.touchpoint.review.ui;

import com.vaadin.flow.component.UI;

/** Opens the (package-private) review view from view tests of other features' sections. */
public final class ReviewViewAccess {

    private ReviewViewAccess() {}

    public static void open() {
        UI.getCurrent().navigate(ReviewView.class);
    }
}
