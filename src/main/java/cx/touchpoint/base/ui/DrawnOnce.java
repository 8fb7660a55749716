package cx.touchpoint.base.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.DataSeries;
import java.util.ArrayList;

/**
 * A chart whose points, once sent to the browser, are no longer kept in the session: the browser
 * draws them and reports a clicked point by its id, so the server needs them only to send them. Saves
 * the heap of every open view (a segment scatter's few hundred bubbles were about 50 KB per session).
 * For a chart drawn once and never changed: a chart that is drawn again (attached anew) would draw
 * its series empty, so a view makes a new chart instead, as the segment view does on every filter.
 */
public final class DrawnOnce {

    private DrawnOnce() {}

    /** {@code chart}, whose {@link DataSeries} points are dropped right after its first drawing. */
    public static Chart chart(Chart chart) {
        // the chart draws its configuration before the client response, from its own attach; this
        // listener runs after that attach, so it is queued after the drawing and empties what was sent
        chart.addAttachListener(attach -> attach.getUI()
                .beforeClientResponse(chart, context -> chart.getConfiguration().getSeries().stream()
                        .filter(DataSeries.class::isInstance)
                        .forEach(series -> ((DataSeries) series).setData(new ArrayList<>()))));
        return chart;
    }
}
