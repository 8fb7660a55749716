package cx.touchpoint.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's connection indicator (the loading bar and "connection lost" message) sits in the page body,
 * outside every landmark (axe {@code region}). It is a status message, so it says so: a live region is
 * read out when the connection is lost or back, and is no content astray.
 */
@Component
class ConnectionIndicatorRole implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI()
                .getPage()
                .executeJs("document.querySelectorAll('vaadin-connection-indicator')"
                        + ".forEach(indicator => indicator.setAttribute('role', 'status'))"));
    }
}
