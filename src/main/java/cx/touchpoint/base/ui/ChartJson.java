package cx.touchpoint.base.ui;

import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.vaadin.flow.component.charts.util.ChartSerialization;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Charts write their configuration to JSON without keeping Jackson's buffers. By default every server
 * thread that drew a chart keeps a buffer as large as the largest chart it wrote (a segment scatter's
 * is about 60 KB) for as long as the thread lives; a chart is written once per view opened, so fresh
 * buffers cost nothing measurable and the heap no longer grows with the number of threads.
 */
@Component
class ChartJson implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var mapper = ChartSerialization.createObjectMapper();
        mapper.getFactory().setRecyclerPool(JsonRecyclerPools.nonRecyclingPool());
        ChartSerialization.setObjectMapperInstance(mapper.writer());
    }
}
