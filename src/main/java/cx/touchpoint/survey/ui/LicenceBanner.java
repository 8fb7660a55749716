package cx.touchpoint.survey.ui;

import com.vaadin.flow.server.VaadinService;

/**
 * Whether Vaadin shows its licence banner: a production build made without a subscription key
 * (README: Production build) puts a closeable "Commercial features require a subscription" bar,
 * fixed to the bottom, over every page. It sits in a closed shadow root of {@code <body>}, so no
 * CSS selector can see it; this asks the same setting Vaadin's bootstrap asks.
 */
final class LicenceBanner {

    private LicenceBanner() {}

    static boolean shown() {
        var service = VaadinService.getCurrent();
        if (service == null) {
            return false;
        }
        var config = service.getDeploymentConfiguration();
        return config.isProductionMode() && config.getBooleanProperty("commercialBanner.enable", false);
    }
}
